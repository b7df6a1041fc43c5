import CSystem
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The renames, removals and locks of the write stage, as POSIX calls whose failures carry the path.
enum Disk {
  /// A failed call: what was being done, to which path, and `strerror`'s words for it.
  struct Failure: Error {
    var path: String
    var code: Int32
    var reason: String { String(cString: strerror(code)) }

    init(_ path: String, errno code: Int32 = errno) {
      self.path = path
      self.code = code
    }
  }

  static func rename(_ from: String, to: String) throws(Failure) {
    guard Glibc.rename(from, to) == 0 else { throw Failure(to) }
  }

  /// Swaps `a` and `b` in one step. False when this kernel or file system cannot (the caller then
  /// renames twice); any other failure throws.
  static func exchange(_ a: String, _ b: String) throws(Failure) -> Bool {
    if demarc_rename_exchange(a, b) == 0 { return true }
    let code = errno
    if code == ENOSYS || code == EINVAL || code == ENOTSUP { return false }
    throw Failure(b, errno: code)
  }

  /// Writes `bytes` as a new file at `path` (replacing one there), with open, write and close.
  ///
  /// Not `Data.write(to:)`, which also calls `fsync` on every file: 10,759 of them for a 10,000
  /// page site took a build to a disk from 2.8 s to 7.0 s (Hugo: 7.7 s). The staging folder is
  /// flushed once instead, before it is swapped in (``flush(_:)``).
  static func writeNew(_ bytes: [UInt8], to path: String) throws(Failure) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw Failure(path) }
    var written = 0
    let failure: Int32? = bytes.withUnsafeBytes { buffer in
      while written < buffer.count {
        let count = write(descriptor, buffer.baseAddress! + written, buffer.count - written)
        if count < 0 {
          if errno == EINTR { continue }
          return errno
        }
        written += count
      }
      return nil
    }
    // A file system may report a failed write only at close (NFS, a full quota).
    let closed = close(descriptor) == 0 ? nil : errno
    if let code = failure ?? closed { throw Failure(path, errno: code) }
  }

  /// Writes out what the file system holding `folder` has not yet put on disk (`syncfs`), so a
  /// folder swapped in afterwards holds every byte of every file even after a power cut.
  static func flush(_ folder: String) throws(Failure) {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw Failure(folder) }
    defer { close(descriptor) }
    guard demarc_syncfs(descriptor) == 0 else { throw Failure(folder) }
  }

  static func makeFolder(_ path: String) throws(Failure) {
    guard mkdir(path, 0o755) == 0 else { throw Failure(path) }
  }

  static func exists(_ path: String) -> Bool { FileSystem.kind(path) != nil }

  /// Removes a file or a whole tree; what cannot be removed stays (the next run retries).
  static func removeTree(_ path: String) {
    guard exists(path) else { return }
    // A folder by descriptors, on every core; anything that stays is removed the slow way, which
    // also takes a single file or link.
    if case .directory? = FileSystem.kind(path), FolderTree.remove(path) { return }
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Holds an exclusive `flock` on a folder until ``unlock(_:)``, so two builds into the same place
  /// take turns and a build never mistakes another's work folder for a leftover.
  static func lock(_ folder: String) throws(Failure) -> Int32 {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw Failure(folder) }
    while flock(descriptor, LOCK_EX) != 0 {
      if errno == EINTR { continue }
      let code = errno
      close(descriptor)
      throw Failure(folder, errno: code)
    }
    return descriptor
  }

  static func unlock(_ descriptor: Int32) {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
