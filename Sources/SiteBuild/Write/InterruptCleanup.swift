import Foundation

/// What to remove if the process is told to stop (SIGINT, SIGTERM, SIGHUP) while it writes.
///
/// The writer registers its staging folder while it fills it and runs each swap inside
/// ``critical(_:)``. The CLI's signal handler calls ``stop(signal:)``, which waits for a swap under
/// way to finish (a swap takes a few renames), removes what is registered and exits; so Ctrl-C
/// leaves either the old site or the new one, never a staging folder. SIGKILL cannot be caught:
/// the next build recovers from it (``OutputRecovery``).
public final class InterruptCleanup: @unchecked Sendable {
  public static let shared = InterruptCleanup()

  private let lock = NSRecursiveLock()
  private var paths: [String] = []

  func register(_ path: String) {
    lock.lock()
    defer { lock.unlock() }
    paths.append(path)
  }

  func unregister(_ path: String) {
    lock.lock()
    defer { lock.unlock() }
    paths.removeAll { $0 == path }
  }

  /// Runs `body` so that a signal arriving meanwhile is handled only after it.
  func critical<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
    lock.lock()
    defer { lock.unlock() }
    return try body()
  }

  /// Removes every registered folder and exits with `128 + signal`, the shell's convention.
  public func stop(signal: Int32) -> Never {
    lock.lock()
    let removed = paths
    for path in paths { Disk.removeTree(path) }
    paths = []
    let note =
      removed.isEmpty
      ? "" : " (removed the unfinished \(removed.count == 1 ? "folder" : "folders") beside the output)"
    FileHandle.standardError.write(Data("demarc: interrupted\(note)\n".utf8))
    exit(128 + signal)
  }
}
