import Foundation
import SiteBuild
import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// Tells when the files below some folders change, one signal per burst of changes.
///
/// With inotify it watches every folder (adding new ones as they appear), so an editor's atomic
/// save (write a new file, rename it over the old one) and a `git checkout` are both seen. A burst
/// ends after ``quietPeriod`` without events, or ``busyQuietPeriod`` once it has brought more than
/// ``busyBurst`` events (a `git checkout` of 500 files, which a loaded machine may pause in the
/// middle of), so a checkout is one signal while a single save is seen within milliseconds.
/// Without inotify (no support, no watches left) or when asked (`--poll`: network and container
/// mounts send no events), it compares a ``FolderSnapshot`` every interval instead.
///
/// The watcher runs on a thread of its own, so a build or a busy server never delays it.
public final class FileWatcher: Sendable {
  public enum Mode: Equatable, Sendable {
    case events
    case polling(milliseconds: Int)
  }

  /// How long the files must stay still before a burst counts as over.
  static let quietPeriod: Int32 = 10
  static let busyQuietPeriod: Int32 = 150
  static let busyBurst = 16
  /// A burst that never goes quiet still triggers a rebuild this often.
  static let longestBurst = Duration.milliseconds(2_000)

  public let changes: AsyncStream<Void>
  /// The paths events named since the last ``takeChangedPaths()``, or nil when that is not known
  /// (polling, lost events, a watched folder itself moved or deleted).
  private let changedPaths = Mutex<Set<String>?>([])
  /// What the watcher ended up using, with the reason when it fell back to polling.
  public let mode: Mode
  public let fallbackReason: String?
  private let stopped = Atomic<Bool>(false)

  public init(roots: [String], excluded: Set<String>, mode requested: Mode) {
    let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
    changes = stream
    var inotify: Inotify?
    var reason: String?
    if requested == .events {
      do {
        inotify = try Inotify(roots: roots, excluded: excluded)
      } catch {
        reason = error.message
      }
    }
    mode = inotify == nil ? (requested == .events ? .polling(milliseconds: 500) : requested) : .events
    fallbackReason = reason
    let watcher = inotify
    // The first look is taken now, so a change made right after this returns is seen.
    let first = inotify == nil ? FolderSnapshot(roots: roots, excluded: excluded) : nil
    let thread = Thread { [self] in
      if let watcher {
        watcher.run(until: stopped, noting: changedPaths) { continuation.yield() }
      } else if case .polling(let interval) = mode, let first {
        Self.poll(roots: roots, excluded: excluded, from: first, every: interval, until: stopped) {
          continuation.yield()
        }
      }
      continuation.finish()
    }
    thread.name = "demarc-watch"
    thread.start()
  }

  public func stop() { stopped.store(true, ordering: .relaxed) }

  /// Every path an event named since the last call (files and folders, absolute), or nil when the
  /// watcher cannot tell (it polls, the kernel dropped events, a watched folder went away): a
  /// rebuild then scans everything. Taken before a rebuild's scan, so an event after it is in the
  /// next list.
  public func takeChangedPaths() -> Set<String>? {
    guard mode == .events else { return nil }
    return changedPaths.withLock { paths in
      defer { paths = [] }
      return paths
    }
  }

  private static func poll(
    roots: [String], excluded: Set<String>, from first: FolderSnapshot, every interval: Int,
    until stopped: borrowing Atomic<Bool>, signal: () -> Void
  ) {
    var last = first
    while !stopped.load(ordering: .relaxed) {
      usleep(useconds_t(max(10, interval)) * 1000)
      var now = FolderSnapshot(roots: roots, excluded: excluded)
      guard now != last else { continue }
      // Let a burst settle: wait until two looks in a row agree.
      while true {
        usleep(useconds_t(quietPeriod) * 1000)
        let again = FolderSnapshot(roots: roots, excluded: excluded)
        if again == now { break }
        now = again
      }
      last = now
      signal()
    }
  }
}

/// The inotify side of ``FileWatcher``: one watch per folder, kept in step as folders come and go.
private final class Inotify: @unchecked Sendable {
  struct Failure: Error {
    var message: String
  }

  private let descriptor: Int32
  private let excluded: Set<String>
  /// Folder path of each watch descriptor; touched only by the watcher thread once it runs.
  private var folders: [Int32: String] = [:]
  private let roots: [String]

  private static let mask = UInt32(
    IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_CREATE | IN_DELETE
      | IN_DELETE_SELF | IN_MOVE_SELF)

  init(roots: [String], excluded: Set<String>) throws(Failure) {
    descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
    guard descriptor >= 0 else {
      throw Failure(
        message: "inotify is not available (\(String(cString: strerror(errno)))); polling instead")
    }
    self.excluded = excluded
    self.roots = roots
    for root in roots {
      if let problem = watchTree(root) {
        close(descriptor)
        throw Failure(message: problem)
      }
    }
  }

  deinit { close(descriptor) }

  /// Watches `path` and every folder below it; the reason it could not, if any.
  private func watchTree(_ path: String) -> String? {
    guard !excluded.contains(path) else { return nil }
    var info = stat()
    guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return nil }
    let watch = inotify_add_watch(descriptor, path, Self.mask)
    if watch < 0 {
      if errno == ENOSPC {
        return "the system's inotify watch limit is reached (fs.inotify.max_user_watches); polling instead"
      }
      return nil  // gone meanwhile, or unreadable: the scan reports those
    }
    if folders[watch] != nil { return nil }  // the same folder reached twice, through a link
    folders[watch] = path
    guard let directory = opendir(path) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if !name.hasPrefix(".") { names.append(name) }
    }
    for name in names {
      if let problem = watchTree(path + "/" + name) { return problem }
    }
    return nil
  }

  func run(
    until stopped: borrowing Atomic<Bool>, noting changed: borrowing Mutex<Set<String>?>, signal: () -> Void
  ) {
    var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    var pending = 0
    var burstStart = ContinuousClock.now
    while !stopped.load(ordering: .relaxed) {
      var descriptorSet = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
      // Wait long while idle; briefly while a burst may still be going on, longer in a big one.
      let quiet = pending > FileWatcher.busyBurst ? FileWatcher.busyQuietPeriod : FileWatcher.quietPeriod
      let ready = poll(&descriptorSet, 1, pending > 0 ? quiet : 200)
      if ready > 0 {
        let events = drain(&buffer, noting: changed)
        if events > 0 && pending == 0 { burstStart = ContinuousClock.now }
        pending += events
        if pending > 0, ContinuousClock.now - burstStart < FileWatcher.longestBurst { continue }
      }
      if pending > 0 {
        pending = 0
        signal()
      }
    }
  }

  /// Reads every queued event; how many of them matter (not an editor's temporary file). The
  /// paths they name go into `changed`; an event that names none it can tell makes it nil.
  private func drain(_ buffer: inout [UInt8], noting changed: borrowing Mutex<Set<String>?>) -> Int {
    var relevant = 0
    var paths: Set<String>? = []
    defer {
      changed.withLock { noted in
        if let paths, let before = noted { noted = before.union(paths) } else { noted = nil }
      }
    }
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      guard count > 0 else { return relevant }
      var offset = 0
      while offset + 16 <= count {
        let (watch, mask, length) = buffer.withUnsafeBytes { raw in
          (
            raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
            raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
            Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
          )
        }
        let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
        let name = String(decoding: nameBytes, as: UTF8.self)
        offset += 16 + length
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
          // Events were lost: watch everything again and rebuild.
          for root in roots { _ = watchTree(root) }
          relevant += 1
          paths = nil
          continue
        }
        if mask & UInt32(IN_IGNORED) != 0 {
          folders[watch] = nil
          continue
        }
        guard let folder = folders[watch] else { continue }
        if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
          _ = watchTree(folder + "/" + name)
        }
        if name.isEmpty || !EditorFiles.isIgnored(name) {
          relevant += 1
          // An event on a watched folder itself (moved, deleted) names no file below it.
          if name.isEmpty { paths = nil } else { paths?.insert(folder + "/" + name) }
        }
      }
    }
  }
}
