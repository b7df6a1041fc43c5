import Foundation

/// The stamp of every file below a build's inputs (the settings file, the content folder, the
/// themes), saved after each build with the digest of its record, so that the next `demarc build`
/// with nothing changed can tell so from `stat` alone, without reading and fingerprinting every file (as git trusts its
/// index). Anything the stamps cannot vouch for falls back to the full scan and fingerprint, which
/// decide as before:
///
/// - a file added, removed, renamed or written (its identity, size or either clock changed);
/// - a file written too close to the build that stamped it (*racy*, see ``ScanMemory``): such
///   stamps are never saved;
/// - a symbolic link anywhere below the inputs (its target's changes do not show on the link);
/// - another demarc, other overrides, or stamps saved for another record.
///
/// Every file below the folders counts, hidden ones and editors' temporaries too, so the stamps
/// can only be stricter than the scan: a change they miss would have to be one no stat shows.
///
/// They are kept in a cache folder, one file per output folder (``defaultFolder()``), not in the
/// output: they describe the machine (absolute paths, inodes, clocks), and the output must be the
/// same bytes wherever it is built, and safe to publish. Saved only after the output is swapped in,
/// and naming the record's digest, stamps that outlive a failed or killed build are never trusted.
public struct InputStamps: Equatable, Sendable {
  struct Entry: Equatable, Sendable {
    var path: String
    /// Nil for a folder, or for a root that is absent (so its appearance is seen).
    var stamp: FileStamp?
    var isFolder: Bool
  }

  /// Where the CLI keeps stamps: `$DEMARC_CACHE_DIR`, else `$XDG_CACHE_HOME/demarc`, else
  /// `~/.cache/demarc`; nil when none can be named.
  public static func defaultFolder() -> URL? {
    let environment = ProcessInfo.processInfo.environment
    if let folder = environment["DEMARC_CACHE_DIR"], !folder.isEmpty { return URL(fileURLWithPath: folder) }
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
      return URL(fileURLWithPath: cache).appendingPathComponent("demarc")
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return URL(fileURLWithPath: home).appendingPathComponent(".cache/demarc")
  }

  /// The stamps file for the output folder `output`, in `folder`.
  static func file(in folder: URL, for output: URL) -> URL {
    let path = output.standardizedFileURL.path
    return folder.appendingPathComponent(
      "stamps-" + InputDigest.hex(of: OutputLocation.resolve(path) ?? path))
  }

  /// The stamps saved in `file`, if it holds stamps this demarc can read.
  static func read(_ file: URL) -> InputStamps? {
    guard let bytes = try? FileSystem.contents(file.path) else { return nil }
    return parse(bytes)
  }

  /// How long stamps no build has rewritten are kept: the cache holds one file per output folder
  /// ever built, and temporary outputs (tests, CI scratch folders) would otherwise pile up.
  static let keptFor: Int64 = 30 * 24 * 3600 * 1_000_000_000

  /// Saves the stamps as a new file renamed over the old, so a reader sees whole stamps or none,
  /// and removes stamps older than ``keptFor``. Best effort: a cache that cannot be written costs
  /// the next build its shortcut, nothing more.
  func save(to file: URL) { Self.saveInCache(Array(text.utf8), to: file, roots: roots) }

  /// Writes a cache file (these stamps, a ``PatchLedger``) whole or not at all, unless the cache
  /// folder lies inside `roots`: a cache inside the inputs would change them with every save and
  /// never be trusted. Old cache files are pruned on the way.
  static func saveInCache(_ bytes: [UInt8], to file: URL, roots: [String]) {
    saveInCache(to: file, roots: roots) { write in try write(bytes) }
  }

  /// ``saveInCache(_:to:roots:)`` with the bytes handed over in parts by `body`, so a large cache
  /// file is never whole in memory.
  static func saveInCache(
    to file: URL, roots: [String], _ body: (_ write: ([UInt8]) throws -> Void) throws -> Void
  ) {
    let folder = file.deletingLastPathComponent().path
    let canonicalFolder = OutputLocation.resolve(folder) ?? folder
    guard !roots.contains(where: { canonicalFolder == $0 || canonicalFolder.hasPrefix($0 + "/") }) else {
      return
    }
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    prune(folder, olderThan: ScanMemory.now() - keptFor)
    let temporary = file.path + ".\(getpid()).new"
    guard FileManager.default.createFile(atPath: temporary, contents: nil),
      let handle = FileHandle(forWritingAtPath: temporary)
    else { return }
    do {
      try body { try handle.write(contentsOf: Data($0)) }
      try handle.close()
      try Disk.rename(temporary, to: file.path)
    } catch {
      try? handle.close()
      Disk.removeTree(temporary)
    }
  }

  static func remove(_ file: URL) { Disk.removeTree(file.path) }

  /// Removes the stamps files in `folder` last written before `cutoff` (nanoseconds).
  static func prune(_ folder: String, olderThan cutoff: Int64) {
    for name in (try? FileSystem.names(in: folder)) ?? [] where name.hasPrefix("stamps-") {
      let path = folder + "/" + name
      if let (_, kind, stamp) = FileSystem.status(path, followingLinks: false), case .file = kind,
        stamp.modified < cutoff
      {
        Disk.removeTree(path)
      }
    }
  }
  private static let header = "demarc-stamps 1"

  /// The build record's input fingerprint these stamps vouch for.
  var digest: String
  /// demarc's output version and the command-line overrides, which the stamps cannot see.
  var context: String
  /// The absolute paths walked: the settings file and the input folders.
  var roots: [String]
  var entries: [Entry]

  /// The paths a build's stamps cover: the settings file, then each input folder (absolute).
  static func roots(siteRoot: URL, inputFolders: [String]) -> [String] {
    let root = siteRoot.standardizedFileURL.resolvingSymlinksInPath().path
    return [root + "/" + SiteConfig.fileName]
      + inputFolders.map { $0.hasPrefix("/") ? $0 : root + "/" + $0 }
  }

  /// What besides the files decides the output: demarc's version and built-in theme, the site's
  /// place and the command-line overrides.
  static func contextFingerprint(siteRoot: URL, overrides: BuildOverrides) -> String {
    InputDigest.hex(
      of: [
        InputDigest.formatVersion, builtInThemeDigest, siteRoot.standardizedFileURL.path,
        overrides.fingerprint,
      ].joined(separator: "\n"))
  }

  private static let builtInThemeDigest = InputDigest.hex(
    of: BuiltInTheme.files.map { $0.path + "\n" + $0.text }.joined(separator: "\n"))

  /// The stamps below `roots` now; nil when they cannot vouch for the inputs: a symbolic link, a
  /// name a line cannot hold, or a file written since `startedAt` (less the clocks' margin).
  static func take(roots: [String], digest: String, context: String, startedAt: Int64? = nil) -> InputStamps?
  {
    var entries: [Entry] = []
    for root in roots {
      // A folder's subtrees on every core (a content folder holds most of the files), in order.
      if case .directory? = FileSystem.kind(root), let names = try? FileSystem.names(in: root) {
        entries.append(Entry(path: root, stamp: nil, isFolder: true))
        let parts = Parallel.map(names, jobs: Parallel.defaultJobs) { name -> [Entry]? in
          var part: [Entry] = []
          return collect(root + "/" + name, into: &part, depth: 1) ? part : nil
        }
        for part in parts {
          guard let part else { return nil }
          entries += part
        }
      } else {
        guard collect(root, into: &entries, depth: 0) else { return nil }
      }
    }
    let stamps = InputStamps(digest: digest, context: context, roots: roots, entries: entries)
    return startedAt.map(stamps.proven(against:)) ?? stamps
  }

  /// These stamps with each one too close to `start` (a build's start, on the file clock) kept as
  /// ``FileStamp/unproven``: a file written just before or while the build read it shows as
  /// written to the next build, which reads it again, instead of every stamp and the ledger being
  /// dropped for it (an edit saved, built, and saved again within a second made every other build
  /// a full one).
  func proven(against start: Int64) -> InputStamps {
    var proven = self
    for index in proven.entries.indices where proven.entries[index].stamp?.isRacy(against: start) == true {
      proven.entries[index].stamp = proven.entries[index].stamp?.unproven
    }
    return proven
  }

  /// Whether the inputs are still exactly as these stamps saw them.
  func holdNow() -> Bool { changes()?.changed.isEmpty == true }

  /// The files written since these stamps were taken (absolute paths), with the stamps now, when
  /// nothing else changed: no file or folder came, went or was renamed. Nil otherwise, or when the
  /// inputs cannot be stamped now.
  func changes() -> (changed: [String], now: InputStamps)? {
    guard let now = Self.take(roots: roots, digest: digest, context: context),
      now.entries.count == entries.count
    else { return nil }
    var changed: [String] = []
    for (old, new) in zip(entries, now.entries) {
      guard old.path == new.path, old.isFolder == new.isFolder else { return nil }
      if old.stamp != new.stamp {
        // A file that appeared in the place of a missing root is a new file, not an edit.
        guard old.stamp != nil, new.stamp != nil else { return nil }
        changed.append(new.path)
      }
    }
    return (changed, now)
  }

  /// Adds the entries below `path`; false on anything the stamps cannot vouch for.
  ///
  /// - Parameter parent: the open folder holding `path`, which is then `stat`ed by its `name` in
  ///   it: every build with nothing changed stamps every input, and walking each whole path again
  ///   was a third of that.
  private static func collect(
    _ path: String, in parent: Int32? = nil, name: String = "", into entries: inout [Entry], depth: Int
  ) -> Bool {
    guard depth < 64, !path.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return false }
    var info = stat()
    let found = parent.map { fstatat($0, name, &info, AT_SYMLINK_NOFOLLOW) == 0 } ?? (lstat(path, &info) == 0)
    guard found else {
      // Only a root may be absent: a file below a listed folder that vanished meanwhile is a change.
      if depth == 0 { entries.append(Entry(path: path, stamp: nil, isFolder: false)) }
      return depth == 0
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG:
      entries.append(Entry(path: path, stamp: FileStamp(info), isFolder: false))
      return true
    case S_IFDIR:
      entries.append(Entry(path: path, stamp: nil, isFolder: true))
      let folder =
        parent.map { FolderTree.openFolder(name, in: $0) }
        ?? open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      guard folder >= 0 else { return false }
      defer { close(folder) }
      guard let names = try? FileSystem.names(inOpen: folder) else { return false }
      for name in names {
        guard collect(path + "/" + name, in: folder, name: name, into: &entries, depth: depth + 1) else {
          return false
        }
      }
      return true
    default:
      // A symbolic link (its target can change under an unchanged stamp), a FIFO, a device.
      return false
    }
  }

  /// The saved form: a header, the digest, context and roots, then one line per entry.
  var text: String {
    var lines = [Self.header, "digest " + digest, "context " + context]
    lines += roots.map { "root " + $0 }
    for entry in entries {
      if let stamp = entry.stamp {
        lines.append(
          "f \(stamp.device) \(stamp.inode) \(stamp.size) \(stamp.modified) \(stamp.changed) \(entry.path)")
      } else {
        lines.append((entry.isFolder ? "d " : "- ") + entry.path)
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Reads the saved form back; nil for anything malformed or from another version.
  static func parse(_ text: String) -> InputStamps? { parse(Array(text.utf8)) }

  /// ``parse(_:)`` on the file's bytes: it runs on every build with nothing changed, for every
  /// file of the site, so it reads numbers and names off the bytes without `String` splitting.
  static func parse(_ bytes: [UInt8]) -> InputStamps? {
    var lines: [ArraySlice<UInt8>] = []
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == 0x0A {
      lines.append(bytes[start..<index])
      start = index + 1
    }
    guard start == bytes.count, lines.count >= 3, lines[0].elementsEqual(header.utf8) else { return nil }
    func text(_ line: ArraySlice<UInt8>, after prefix: String) -> String? {
      guard line.starts(with: prefix.utf8) else { return nil }
      return String(decoding: line.dropFirst(prefix.utf8.count), as: UTF8.self)
    }
    guard let digest = text(lines[1], after: "digest "), let context = text(lines[2], after: "context ")
    else {
      return nil
    }
    var stamps = InputStamps(digest: digest, context: context, roots: [], entries: [])
    stamps.entries.reserveCapacity(lines.count)
    for line in lines.dropFirst(3) {
      if let root = text(line, after: "root ") {
        stamps.roots.append(root)
      } else if let path = text(line, after: "d ") {
        stamps.entries.append(Entry(path: path, stamp: nil, isFolder: true))
      } else if let path = text(line, after: "- ") {
        stamps.entries.append(Entry(path: path, stamp: nil, isFolder: false))
      } else if line.starts(with: "f ".utf8) {
        var rest = line.dropFirst(2)
        var numbers: [Int64] = []
        for _ in 0..<5 {
          guard let number = Self.number(&rest) else { return nil }
          numbers.append(number)
        }
        let stamp = FileStamp(
          device: UInt64(bitPattern: numbers[0]), inode: UInt64(bitPattern: numbers[1]), size: numbers[2],
          modified: numbers[3], changed: numbers[4])
        stamps.entries.append(
          Entry(path: String(decoding: rest, as: UTF8.self), stamp: stamp, isFolder: false))
      } else {
        return nil
      }
    }
    return stamps
  }

  /// A decimal number and the space after it, taken off the front of `bytes`; nil if there is none.
  private static func number(_ bytes: inout ArraySlice<UInt8>) -> Int64? {
    var value: UInt64 = 0
    var digits = 0
    while let byte = bytes.first, byte != 0x20 {
      guard byte >= 0x30, byte <= 0x39, digits < 20 else { return nil }
      let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflowSum) = times.addingReportingOverflow(UInt64(byte - 0x30))
      guard !overflowTimes, !overflowSum else { return nil }
      value = sum
      digits += 1
      bytes.removeFirst()
    }
    guard digits > 0, bytes.first == 0x20 else { return nil }
    bytes.removeFirst()
    return Int64(bitPattern: value)
  }
}
