import Foundation
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Where the render stage hands each finished file, so a page's bytes need not stay in memory until
/// the whole site is rendered. ``StagedOutput`` writes them into the staging folder at once; a
/// render with no sink keeps every file in its ``RenderedSite``.
public protocol OutputSink: Sendable {
  /// Takes one file; safe to call from any thread, and for different paths at the same time.
  func put(_ file: OutputFile)
}

/// A staging folder being filled (stage 5, opened before stage 4 so pages stream into it): the lock
/// on the output's parent is held, an interrupted earlier build has been settled, and a signal
/// removes the folder. ``OutputWriter/finish(_:with:record:)`` swaps it in; dropping it unfinished
/// removes it, so a failed build leaves the previous output as it was.
///
/// A file whose bytes the old output already holds is hard-linked from there instead of written.
/// Folders are made one level at a time below the staging folder, never the folder itself, so a
/// write that races a signal's removal fails instead of leaving a new folder behind.
public final class StagedOutput: OutputSink {
  struct Tally: Sendable {
    var files = 0
    var bytes = 0
    var unchanged = 0
  }

  private struct State: Sendable {
    var tally = Tally()
    var folders: Set<String> = [""]
    var paths: Set<String> = []
    /// The first write that failed; every later file is skipped and ``OutputWriter`` throws it.
    var failure: BuildFailure?
  }

  let location: OutputLocation
  let staging: String
  /// What was settled from an interrupted build before this one.
  let notes: [String]
  private let lockDescriptor: Int32
  private let writeFile: OutputWriter.FileWriter
  /// Called once, after the first file is in the staging folder (``WriteStep/streaming``).
  private let afterFirstFile: @Sendable () -> Void
  private let state = Mutex(State())
  private let open = Mutex(true)

  init(
    location: OutputLocation, notes: [String], lock: Int32, writeFile: @escaping OutputWriter.FileWriter,
    afterFirstFile: @escaping @Sendable () -> Void = {}
  ) {
    self.afterFirstFile = afterFirstFile
    self.location = location
    self.staging = location.staging
    self.notes = notes
    self.lockDescriptor = lock
    self.writeFile = writeFile
  }

  deinit { close() }

  var tally: Tally { state.withLock { $0.tally } }
  var failure: BuildFailure? { state.withLock { $0.failure } }

  public func put(_ file: OutputFile) {
    let path = file.path
    guard path != OutputWriter.markerName else { return }
    let claimed: (known: Bool, first: Bool)? = state.withLock { state in
      // Output paths are unique (the router reports any collision); a second file for one path
      // is ignored rather than written over the first from another thread.
      guard state.failure == nil, state.paths.insert(path).inserted else { return nil }
      state.tally.files += 1
      state.tally.bytes += file.bytes.count
      return (state.folders.contains(SitePath.directory(of: path)), state.tally.files == 1)
    }
    guard let (known, first) = claimed else { return }
    defer { if first { afterFirstFile() } }
    do {
      guard SitePath.isSafeRelative(path) else {
        throw BuildFailure.unwritable(path: path, reason: "refusing a path outside the output folder")
      }
      if !known { try makeFolders(SitePath.directory(of: path)) }
      let staged = staging + "/" + path
      if Self.reuse(location.path + "/" + path, ifItHolds: file.bytes, at: staged) {
        state.withLock { $0.tally.unchanged += 1 }
      } else {
        try writeFile(file.bytes, URL(fileURLWithPath: staged))
      }
    } catch let failure as BuildFailure {
      fail(failure)
    } catch {
      fail(.unwritable(path: path, reason: FileSystem.describe(error)))
    }
  }

  /// Hard-links every file of the output in place into the staging folder, but those in `except`,
  /// the marker and the output's top-level dotfiles (which a build does not write): what a patched
  /// build keeps (``OutputPatch``).
  ///
  /// - Returns: the files and bytes of the output in place, those in `except` too (what its record
  ///   must say), or nil when it cannot be read or a link fails.
  func keepOutput(except: Set<String>) -> (files: Int, bytes: Int)? {
    let old = Glibc.open(location.path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard old >= 0 else { return nil }
    defer { Glibc.close(old) }
    let staged = Glibc.open(staging, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard staged >= 0 else { return nil }
    defer { Glibc.close(staged) }
    guard let entries = FolderTree.entries(of: old) else { return nil }
    let kept = Parallel.map(entries.filter { !$0.name.hasPrefix(".") }, jobs: Parallel.defaultJobs) { entry in
      keep(entry, path: entry.name, from: old, into: staged, except: except)
    }
    var total = (files: 0, bytes: 0)
    for part in kept {
      guard let part else { return nil }
      total = (total.files + part.files, total.bytes + part.bytes)
    }
    return failure == nil ? total : nil
  }

  /// Links `entry` (at `path`, relative) of the open folder `old` into the open folder `staged`
  /// and, for a folder, everything below it; the files and bytes seen.
  private func keep(
    _ entry: FolderTree.Entry, path: String, from old: Int32, into staged: Int32, except: Set<String>
  )
    -> (files: Int, bytes: Int)?
  {
    guard entry.isFolder else {
      var status = stat()
      guard fstatat(old, entry.name, &status, AT_SYMLINK_NOFOLLOW) == 0, (status.st_mode & S_IFMT) == S_IFREG
      else { return nil }
      let size = Int(status.st_size)
      if except.contains(path) { return (1, size) }
      let claimed = state.withLock { state in
        guard state.failure == nil, state.paths.insert(path).inserted else { return false }
        state.tally.files += 1
        state.tally.bytes += size
        state.tally.unchanged += 1
        return true
      }
      guard claimed, linkat(old, entry.name, staged, entry.name, 0) == 0 else { return nil }
      return (1, size)
    }
    guard mkdirat(staged, entry.name, 0o755) == 0 || errno == EEXIST else { return nil }
    state.withLock { _ = $0.folders.insert(path) }
    let oldFolder = FolderTree.openFolder(entry.name, in: old)
    guard oldFolder >= 0 else { return nil }
    defer { Glibc.close(oldFolder) }
    let stagedFolder = FolderTree.openFolder(entry.name, in: staged)
    guard stagedFolder >= 0, let entries = FolderTree.entries(of: oldFolder) else {
      if stagedFolder >= 0 { Glibc.close(stagedFolder) }
      return nil
    }
    defer { Glibc.close(stagedFolder) }
    var total = (files: 0, bytes: 0)
    for child in entries {
      guard
        let part = keep(
          child, path: path + "/" + child.name, from: oldFolder, into: stagedFolder, except: except)
      else { return nil }
      total = (total.files + part.files, total.bytes + part.bytes)
    }
    return total
  }

  /// The marker file, written last: it is not counted in the tally (the record it carries says the
  /// tally).
  func putMarker(_ text: String) throws(BuildFailure) {
    do {
      try writeFile(Array(text.utf8), URL(fileURLWithPath: staging + "/" + OutputWriter.markerName))
    } catch {
      throw .unwritable(path: OutputWriter.markerName, reason: FileSystem.describe(error))
    }
  }

  /// Removes the staging folder and lets go of the lock; once only.
  func close(removing: Bool = true) {
    let wasOpen = open.withLock { open in
      defer { open = false }
      return open
    }
    guard wasOpen else { return }
    if removing { Disk.removeTree(staging) }
    InterruptCleanup.shared.unregister(staging)
    Disk.unlock(lockDescriptor)
  }

  private func fail(_ failure: BuildFailure) {
    state.withLock { state in
      if state.failure == nil { state.failure = failure }
    }
  }

  /// Makes `folder` (relative) and its missing parents below the staging folder.
  private func makeFolders(_ folder: String) throws(BuildFailure) {
    var current = ""
    for part in folder.split(separator: "/") {
      current += current.isEmpty ? String(part) : "/" + part
      let done = state.withLock { $0.folders.contains(current) }
      if done { continue }
      if mkdir(staging + "/" + current, 0o755) != 0 && errno != EEXIST {
        throw .unwritable(path: current, reason: String(cString: strerror(errno)))
      }
      state.withLock { _ = $0.folders.insert(current) }
    }
  }

  /// Hard-links the old file into the staging folder when it already holds exactly `bytes`.
  private static func reuse(_ old: String, ifItHolds bytes: [UInt8], at staged: String) -> Bool {
    guard case .file(let size)? = FileSystem.kind(old), size == bytes.count,
      let existing = try? FileSystem.contents(old), existing == bytes
    else { return false }
    return link(old, staged) == 0
  }
}
