import Foundation

/// Where the output folder really is, and the names of the work folders the writer keeps beside it.
///
/// Paths are resolved through symbolic links as far as they exist, so `--output out` with
/// `out -> real` writes into `real/` (the link stays), and `--output alias/Output` with
/// `alias -> Content` is recognised as inside `Content/` before anything is created.
struct OutputLocation: Sendable {
  /// The absolute path of the folder the site goes into, links resolved.
  let path: String
  /// The folder that holds it.
  let parent: String
  /// True when the output is a mount point (a Docker volume, a bind mount): it cannot be renamed,
  /// so its contents are replaced instead.
  let isMountPoint: Bool

  /// Work folders beside the output start with this; a short hash of the output's name keeps every
  /// such name within 255 bytes however long the output's own name is.
  let workPrefix: String

  static let stagingTag = ".demarc-staging-"
  static let retiredTag = ".demarc-retired-"
  static let swappingTag = ".demarc-swapping-"

  init(_ output: URL) throws(BuildFailure) {
    let display = output.standardizedFileURL.path
    guard let resolved = Self.resolve(display) else {
      throw .unwritable(
        path: display,
        reason: "a symbolic link on the way to it points to nothing; fix the link or choose another --output")
    }
    path = resolved
    parent = (resolved as NSString).deletingLastPathComponent
    isMountPoint = Self.isMountPoint(resolved, parent: parent)
    workPrefix = InputDigest.hex(of: (resolved as NSString).lastPathComponent)
  }

  /// The staging folder of this process, beside the output (or inside it, for a mount point).
  var staging: String {
    isMountPoint
      ? path + "/" + Self.stagingTag + "\(getpid())"
      : parent + "/" + Self.stagingTag + workPrefix + "-\(getpid())"
  }

  /// Where the previous output is parked during a two-rename swap.
  var retired: String {
    isMountPoint
      ? path + "/" + Self.retiredTag + "\(getpid())"
      : parent + "/" + Self.retiredTag + workPrefix + "-\(getpid())"
  }

  /// Inside a mount point: the staging folder once it is complete and being moved in.
  var swapping: String { path + "/" + Self.swappingTag + "\(getpid())" }

  /// `path` with every link resolved: the longest existing prefix through `realpath`, the rest as
  /// written. Nil when a component is a link that leads nowhere.
  static func resolve(_ path: String) -> String? {
    var existing = path
    var rest: [String] = []
    while !existing.isEmpty && existing != "/" && FileSystem.kind(existing) == nil {
      rest.insert((existing as NSString).lastPathComponent, at: 0)
      existing = (existing as NSString).deletingLastPathComponent
    }
    guard let real = FileSystem.realPath(existing.isEmpty ? "/" : existing) else { return nil }
    return rest.reduce(real) { $0 == "/" ? "/" + $1 : $0 + "/" + $1 }
  }

  /// True when `path` is the root of a mount: listed in `/proc/self/mountinfo`, or on another device
  /// than its parent.
  static func isMountPoint(_ path: String, parent: String) -> Bool {
    guard let (own, _) = FileSystem.resolvedKind(path) else { return false }
    if let (above, _) = FileSystem.resolvedKind(parent), above.device != own.device { return true }
    guard let table = try? FileSystem.contents("/proc/self/mountinfo") else { return false }
    for line in String(decoding: table, as: UTF8.self).split(separator: "\n") {
      let fields = line.split(separator: " ", omittingEmptySubsequences: false)
      if fields.count > 4 && unescapeMountField(fields[4]) == path { return true }
    }
    return false
  }

  /// mountinfo writes space, tab, newline and backslash in paths as three-digit octal escapes.
  private static func unescapeMountField(_ field: Substring) -> String {
    var bytes: [UInt8] = []
    var input = Array(field.utf8)[...]
    while let byte = input.popFirst() {
      if byte == UInt8(ascii: "\\"), input.count >= 3,
        let value = UInt8(String(decoding: input.prefix(3), as: UTF8.self), radix: 8)
      {
        bytes.append(value)
        input = input.dropFirst(3)
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
