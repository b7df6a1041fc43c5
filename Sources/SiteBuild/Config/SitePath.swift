import Diagnostics

/// Path arithmetic on `/`-separated relative paths, done on strings so it never touches the disk.
public enum SitePath {
  /// True when `path` is relative, has no `..`, NUL, backslash or percent-encoded traversal, so it
  /// cannot leave the folder it is resolved in.
  public static func isSafeRelative(_ path: String) -> Bool {
    // On bytes: every output file is checked. The escapes looked for are ASCII, and no character
    // lower-cases to one of their letters, so comparing ASCII case-insensitively is what
    // lower-casing the path and searching it did.
    UTF8Bytes.withBytes(of: path) { bytes in
      guard let first = bytes.first, first != UInt8(ascii: "/") else { return false }
      var partStart = 0
      for index in 0...bytes.count {
        let byte = index < bytes.count ? bytes[index] : UInt8(ascii: "/")
        switch byte {
        case 0, UInt8(ascii: "\\"): return false
        case UInt8(ascii: "%") where index + 2 < bytes.count:
          let escape = (bytes[index + 1], bytes[index + 2] | 0x20)
          if escape == (UInt8(ascii: "2"), UInt8(ascii: "e"))
            || escape == (UInt8(ascii: "2"), UInt8(ascii: "f"))
            || escape == (UInt8(ascii: "5"), UInt8(ascii: "c"))
            // Exact: `| 0x20` would take a control byte 0x10 for a `0`.
            || (bytes[index + 1], bytes[index + 2]) == (UInt8(ascii: "0"), UInt8(ascii: "0"))
          {
            return false
          }
        case UInt8(ascii: "/"):
          if index - partStart == 2 && bytes[partStart] == UInt8(ascii: ".")
            && bytes[partStart + 1] == UInt8(ascii: ".")
          {
            return false
          }
          partStart = index + 1
        default: break
        }
      }
      return true
    }
  }

  /// The folder part of a path (`guide/intro.html` → `guide`), or `""` at the top.
  public static func directory(of path: String) -> String {
    // On bytes, like the rest of this type: it runs for every page and link.
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
    return String(path[..<slash])
  }

  /// The first component of a path (`guide/intro.html` → `guide`).
  public static func topLevel(of path: String) -> String {
    guard let slash = path.utf8.firstIndex(of: UInt8(ascii: "/")) else { return path }
    return String(path[..<slash])
  }

  /// Joins and normalises `.` and `..`; nil when the result would climb above the root.
  public static func resolve(_ relative: String, from directory: String) -> String? {
    // On UTF-8 bytes: it runs for every link of every page. `/` is one byte in UTF-8 and never
    // part of another character's bytes, so splitting there splits exactly at the slashes.
    let slash = UInt8(ascii: "/")
    let dot = UInt8(ascii: ".")
    var path: [UInt8] = []
    path.reserveCapacity(directory.utf8.count + relative.utf8.count + 1)
    /// Appends each part of `bytes` between slashes (none empty); for the relative path, `.` is
    /// skipped and `..` drops the last part, or fails when there is none.
    func append(_ bytes: UnsafeBufferPointer<UInt8>, normalising: Bool) -> Bool {
      var start = 0
      while start < bytes.count {
        var end = start
        while end < bytes.count && bytes[end] != slash { end += 1 }
        defer { start = end + 1 }
        let length = end - start
        if length == 0 { continue }
        if normalising && length == 1 && bytes[start] == dot { continue }
        if normalising && length == 2 && bytes[start] == dot && bytes[start + 1] == dot {
          guard !path.isEmpty else { return false }
          path.removeSubrange((path.lastIndex(of: slash) ?? 0)...)
          continue
        }
        if !path.isEmpty { path.append(slash) }
        path.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
      }
      return true
    }
    _ = UTF8Bytes.withBytes(of: directory) { append($0, normalising: false) }
    guard UTF8Bytes.withBytes(of: relative, { append($0, normalising: true) }) else { return nil }
    return String(decoding: path, as: UTF8.self)
  }

  /// The relative link from a page at `from` to the file at `to`, both relative to the output root.
  /// `services/rds.html` → `layers/network.html` gives `../layers/network.html`.
  ///
  /// Works on UTF-8 bytes without splitting into arrays: it runs for every link of every page.
  public static func relativeLink(from: String, to: String) -> String {
    // Read in place and written once: copying both paths into arrays, and an array for each `../`,
    // were most of its cost.
    UTF8Bytes.withBytes(of: from) { source in
      UTF8Bytes.withBytes(of: to) { target in
        let slash = UInt8(ascii: "/")
        // The longest common prefix that ends just after a slash in both paths: shared folders.
        var shared = 0
        var index = 0
        while index < source.count, index < target.count, source[index] == target[index] {
          if source[index] == slash { shared = index + 1 }
          index += 1
        }
        var ups = 0
        for index in shared..<source.count where source[index] == slash { ups += 1 }
        let rest = UnsafeBufferPointer(rebasing: target[shared...])
        return String(unsafeUninitializedCapacity: ups * 3 + rest.count) { buffer in
          var written = 0
          for _ in 0..<ups {
            buffer[written] = UInt8(ascii: ".")
            buffer[written + 1] = UInt8(ascii: ".")
            buffer[written + 2] = slash
            written += 3
          }
          _ = UnsafeMutableBufferPointer(rebasing: buffer[written...]).initialize(from: rest)
          return written + rest.count
        }
      }
    }
  }

  /// The prefix from a page back to the output root: `""` at the top, `"../"` one folder down.
  public static func rootPrefix(of path: String) -> String {
    String(repeating: "../", count: path.utf8.count(where: { $0 == UInt8(ascii: "/") }))
  }
}
