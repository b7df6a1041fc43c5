import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Stage 5: writes the rendered site. The only stage that writes to disk.
///
/// The site is written to a staging folder beside the output and swapped in only once every file is
/// there, so a failed build never leaves a half-written `Output/`. demarc replaces only a folder that
/// carries its marker file (or holds nothing but dotfiles), so a mistyped `--output` cannot wipe a
/// folder of someone's work.
///
/// The swap cannot lose anything, wherever the process dies:
/// - the new folder and the old trade places in one `renameat2(RENAME_EXCHANGE)`; where the file
///   system cannot exchange, the old one is renamed aside first, and a kill between the two renames
///   leaves it to be put back by the next run;
/// - top-level dotfiles of the old output (`.git`, `.nojekyll`) move into the new one only after the
///   swap, one rename each, so each file is always in exactly one place;
/// - the next run finishes or undoes whatever a killed one left (``OutputRecovery``), and SIGINT or
///   SIGTERM remove the staging folder before exiting (``InterruptCleanup``);
/// - a mount point (a Docker volume, a bind mount) cannot be renamed, so its contents are replaced
///   entry by entry from a staging folder inside it, and its dotfiles are never touched.
///
/// A file whose bytes did not change is hard-linked from the old output instead of written again,
/// so it keeps its modification time (rsync and web caches see no change) and a rebuild with
/// nothing changed costs reads, not writes.
public struct OutputWriter: Sendable {
  public static let markerName = ".demarc-output"
  public static let markerText = "This folder is written by demarc and replaced on every build.\n"

  public struct Report: Sendable, Equatable {
    public var fileCount: Int
    public var byteCount: Int
    /// Files kept from the previous build because their bytes were the same.
    public var unchangedCount: Int
    /// What was found and settled from an interrupted earlier build, for the user to read.
    public var notes: [String] = []
  }

  /// Writes one file; replaceable so tests can simulate a full disk.
  public typealias FileWriter = @Sendable (_ bytes: [UInt8], _ url: URL) throws -> Void

  /// Test seams: a call at each ``WriteStep`` (where a test kills the process), and whether the
  /// atomic exchange may be used (so the two-rename fallback is tested too).
  public struct Hooks: Sendable {
    public var atStep: @Sendable (WriteStep) -> Void
    public var allowExchange: Bool

    public init(atStep: @escaping @Sendable (WriteStep) -> Void = { _ in }, allowExchange: Bool = true) {
      self.atStep = atStep
      self.allowExchange = allowExchange
    }
  }

  private let writeFile: FileWriter
  private let hooks: Hooks

  public init(
    writeFile: @escaping FileWriter = OutputWriter.writeNewFile, hooks: Hooks = Hooks()
  ) {
    self.writeFile = writeFile
    self.hooks = hooks
  }

  /// How a file is written unless a test says otherwise (``Disk/writeNew(_:to:)``).
  public static let writeNewFile: FileWriter = { bytes, url in try Disk.writeNew(bytes, to: url.path) }

  /// Writes with the real file system.
  public static func write(_ site: RenderedSite, to output: URL, record: BuildRecord? = nil)
    throws(BuildFailure)
    -> Report
  {
    try OutputWriter().write(site, to: output, record: record)
  }

  /// Settles what an interrupted build left at `output` (see ``OutputRecovery``), and says what it
  /// did. A build calls this before it trusts the output's build record.
  public static func recoverInterrupted(at output: URL) throws(BuildFailure) -> [String] {
    let location = try OutputLocation(output)
    guard Disk.exists(location.parent) else { return [] }
    let lock = try Self.lockParent(of: location)
    defer { Disk.unlock(lock) }
    return OutputRecovery.recover(location)
  }

  /// Writes `site`, then the marker file, which carries `record` when given.
  public func write(_ site: RenderedSite, to output: URL, record: BuildRecord? = nil) throws(BuildFailure)
    -> Report
  {
    try finish(stage(at: output), with: site, record: record)
  }

  /// Opens the staging folder for `output`: takes the lock on its parent, settles an interrupted
  /// build, refuses a folder demarc did not write, and creates the folder, for the render stage to
  /// fill (``OutputSink``) before ``finish(_:with:record:)``.
  public func stage(at output: URL) throws(BuildFailure) -> StagedOutput {
    let location = try OutputLocation(output)
    do {
      try FileManager.default.createDirectory(atPath: location.parent, withIntermediateDirectories: true)
    } catch {
      throw .unwritable(path: location.parent, reason: (error as NSError).localizedDescription)
    }
    let lock = try Self.lockParent(of: location)
    let notes = OutputRecovery.recover(location)
    do throws(BuildFailure) {
      try Self.checkReplaceable(location.path)
      do throws(Disk.Failure) {
        try Disk.makeFolder(location.staging)
      } catch {
        throw .unwritable(path: location.staging, reason: error.reason)
      }
    } catch {
      Disk.unlock(lock)
      throw error
    }
    InterruptCleanup.shared.register(location.staging)
    hooks.atStep(.stagingCreated)
    let hooks = hooks
    return StagedOutput(
      location: location, notes: notes, lock: lock, writeFile: writeFile,
      afterFirstFile: { hooks.atStep(.streaming) })
  }

  /// Writes the files of `site` (those the render did not already hand to `staged`) and the marker
  /// carrying `record`, then swaps the staging folder in. On any failure, including one while the
  /// render streamed, the staging folder is removed and the output is as it was.
  public func finish(_ staged: StagedOutput, with site: RenderedSite, record: BuildRecord? = nil)
    throws(BuildFailure) -> Report
  {
    defer { staged.close() }
    let files = site.files
    for (index, file) in files.enumerated() {
      if index == files.count / 2 { hooks.atStep(.writingFiles) }
      staged.put(file)
    }
    if files.isEmpty { hooks.atStep(.writingFiles) }
    if let failure = staged.failure { throw failure }
    let marker = record?.text ?? Self.markerText
    try staged.putMarker(marker)
    let tally = staged.tally
    let report = Report(
      fileCount: tally.files + 1, byteCount: tally.bytes + marker.utf8.count, unchangedCount: tally.unchanged,
      notes: staged.notes)
    hooks.atStep(.filesWritten)
    let location = staged.location
    // Every file on disk before any of them shows: one flush of the file system, not one per file.
    do throws(Disk.Failure) {
      try Disk.flush(staged.staging)
    } catch {
      throw .unwritable(path: location.path, reason: error.reason)
    }
    if location.isMountPoint {
      let names = try Self.topLevelNames(in: staged.staging)
      try swapContents(of: location, from: staged.staging, names: names)
    } else {
      try swap(location, with: staged.staging)
    }
    // The staging folder is the output now (or was moved in entry by entry): nothing to remove.
    staged.close(removing: false)
    return report
  }

  /// The names at the top of a filled staging folder, for the mount-point swap's manifest.
  private static func topLevelNames(in staging: String) throws(BuildFailure) -> Set<String> {
    do {
      return Set(try FileSystem.names(in: staging))
    } catch {
      throw .unwritable(path: staging, reason: FileSystem.describe(error))
    }
  }

  /// Puts `staging` where the output is: an exchange, or two renames where exchange is not possible.
  private func swap(_ location: OutputLocation, with staging: String) throws(BuildFailure) {
    let output = location.path
    // The old site, once the new one is in place, and whether all its dotfiles moved over.
    let old: (path: String, emptied: Bool)? = try InterruptCleanup.shared.critical {
      () throws(BuildFailure) -> (path: String, emptied: Bool)? in
      do throws(Disk.Failure) {
        guard Disk.exists(output) else {
          try Disk.rename(staging, to: output)
          return nil
        }
        let old: String
        let exchanged = hooks.allowExchange ? try Disk.exchange(staging, output) : false
        if exchanged {
          old = staging
        } else {
          try Disk.rename(output, to: location.retired)
          hooks.atStep(.oldMovedAside)
          do throws(Disk.Failure) {
            try Disk.rename(staging, to: output)
          } catch {
            try? Disk.rename(location.retired, to: output)
            throw error
          }
          old = location.retired
        }
        hooks.atStep(.swapped)
        var moved: [String] = []
        let emptied = OutputRecovery.carryDotfiles(from: old, to: output, moved: &moved) {
          hooks.atStep(.carryingDotfiles)
        }
        return (old, emptied)
      } catch {
        // The exchange did not happen (or was undone), so the staging folder holds only new work.
        Disk.removeTree(staging)
        throw Self.failure(error, output: output)
      }
    }
    // A dotfile that could not move keeps the old site where it is, for the next run to settle.
    guard let old, old.emptied else { return }
    // The old site holds nothing that is not safe elsewhere now; a signal may remove it too.
    InterruptCleanup.shared.register(old.path)
    defer { InterruptCleanup.shared.unregister(old.path) }
    hooks.atStep(.removingOld)
    Disk.removeTree(old.path)
  }

  /// Replaces the contents of a mount point, which cannot itself be renamed: the complete staging
  /// folder (inside it) is renamed to a swapping folder with a manifest, then moved in entry by entry.
  private func swapContents(of location: OutputLocation, from staging: String, names: Set<String>)
    throws(BuildFailure)
  {
    let manifest = names.sorted().joined(separator: "\n") + "\n"
    do {
      try writeFile(Array(manifest.utf8), URL(fileURLWithPath: staging + "/" + OutputRecovery.manifestName))
    } catch {
      Disk.removeTree(staging)
      throw .unwritable(path: location.path, reason: FileSystem.describe(error))
    }
    try InterruptCleanup.shared.critical { () throws(BuildFailure) in
      do throws(Disk.Failure) {
        try Disk.rename(staging, to: location.swapping)
        hooks.atStep(.swapped)
        try OutputRecovery.moveIn(location.swapping, into: location.path, retired: location.retired) {
          hooks.atStep(.carryingDotfiles)
        }
      } catch {
        throw Self.failure(error, output: location.path)
      }
    }
  }

  private static func lockParent(of location: OutputLocation) throws(BuildFailure) -> Int32 {
    do {
      return try Disk.lock(location.parent)
    } catch {
      throw .unwritable(path: location.parent, reason: error.reason)
    }
  }

  private static func failure(_ error: Disk.Failure, output: String) -> BuildFailure {
    let hint =
      error.code == EBUSY || error.code == EXDEV
      ? " (is it a mount point demarc did not recognise? nothing was removed)" : ""
    return .unwritable(path: output, reason: error.reason + hint)
  }

  /// The record the last successful build left in `output`, if it left one this demarc can read.
  public static func previousRecord(at output: URL) -> BuildRecord? {
    let marker = output.standardizedFileURL.appendingPathComponent(markerName)
    guard let data = FileManager.default.contents(atPath: marker.path) else { return nil }
    return BuildRecord.parse(String(decoding: data, as: UTF8.self))
  }

  /// True when `output` still holds exactly as many files and bytes as `record` says (top-level
  /// dotfiles aside), so a rebuild may trust it instead of writing it again.
  public static func isIntact(_ output: URL, as record: BuildRecord) -> Bool {
    /// The files and bytes below `path` (itself a file or a folder); nil if a folder is unreadable.
    @Sendable func tally(_ path: String) -> (files: Int, bytes: Int)? {
      switch FileSystem.kind(path) {
      case .file(let size)?: return (1, size)
      case .directory?:
        guard let names = try? FileSystem.names(in: path) else { return nil }
        var total = (files: 0, bytes: 0)
        for name in names {
          guard let part = tally(path + "/" + name) else { return nil }
          total = (total.files + part.files, total.bytes + part.bytes)
        }
        return total
      default: return (0, 0)
      }
    }
    let root = output.standardizedFileURL.path
    guard let names = try? FileSystem.names(in: root) else { return false }
    // Each top-level entry on its own core; the record's own dotfiles are not counted.
    let parts = Parallel.map(names.filter { !$0.hasPrefix(".") }, jobs: Parallel.defaultJobs) {
      tally(root + "/" + $0)
    }
    var (files, bytes) = (0, 0)
    for part in parts {
      guard let part else { return false }
      (files, bytes) = (files + part.files, bytes + part.bytes)
    }
    return files == record.fileCount && bytes == record.byteCount
  }

  /// Throws unless `output` is absent, or a folder demarc wrote, or a folder of dotfiles only.
  static func checkReplaceable(_ output: String) throws(BuildFailure) {
    guard let kind = FileSystem.kind(output) else { return }
    guard case .directory = kind else { throw .foreignOutput(path: output) }
    let names = (try? FileSystem.names(in: output)) ?? []
    if names.contains(markerName) || names.allSatisfy({ $0.hasPrefix(".") }) { return }
    throw .foreignOutput(path: output)
  }
}
