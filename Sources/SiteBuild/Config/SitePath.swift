/// Path arithmetic on `/`-separated relative paths, done on strings so it never touches the disk.
public enum SitePath {
  /// True when `path` is relative, has no `..`, NUL, backslash or percent-encoded traversal, so it
  /// cannot leave the folder it is resolved in.
  public static func isSafeRelative(_ path: String) -> Bool {
    guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\0"), !path.contains("\\") else {
      return false
    }
    let lowered = path.lowercased()
    if lowered.contains("%2e") || lowered.contains("%2f") || lowered.contains("%5c")
      || lowered.contains("%00")
    {
      return false
    }
    return !path.split(separator: "/").contains("..")
  }

  /// The folder part of a path (`guide/intro.html` → `guide`), or `""` at the top.
  public static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[..<slash])
  }

  /// Joins and normalises `.` and `..`; nil when the result would climb above the root.
  public static func resolve(_ relative: String, from directory: String) -> String? {
    var parts = directory.isEmpty ? [] : directory.split(separator: "/").map(String.init)
    for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..":
        guard !parts.isEmpty else { return nil }
        parts.removeLast()
      default: parts.append(String(part))
      }
    }
    return parts.joined(separator: "/")
  }

  /// The relative link from a page at `from` to the file at `to`, both relative to the output root.
  /// `services/rds.html` → `layers/network.html` gives `../layers/network.html`.
  public static func relativeLink(from: String, to: String) -> String {
    let fromParts = directory(of: from).split(separator: "/")
    let toParts = to.split(separator: "/")
    var common = 0
    while common < fromParts.count, common < toParts.count - 1, fromParts[common] == toParts[common] {
      common += 1
    }
    let ups = Array(repeating: "..", count: fromParts.count - common)
    return (ups + toParts[common...].map(String.init)).joined(separator: "/")
  }

  /// The prefix from a page back to the output root: `""` at the top, `"../"` one folder down.
  public static func rootPrefix(of path: String) -> String {
    String(repeating: "../", count: path.count(where: { $0 == "/" }))
  }
}
