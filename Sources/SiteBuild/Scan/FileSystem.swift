import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Thin POSIX file access for the two stages that touch the disk. Foundation's `FileManager` and
/// `URL.resourceValues` cost several allocations and string conversions per call on Linux, which
/// made scanning most of a no-op rebuild; `lstat`, `readdir` and `read` do not.
enum FileSystem {
  enum Kind {
    case file(size: Int)
    case directory
    case symbolicLink
    case other
  }

  /// What sits at `path`, without following a final symbolic link; nil when nothing does.
  static func kind(_ path: String) -> Kind? {
    var info = stat()
    guard lstat(path, &info) == 0 else { return nil }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .file(size: Int(info.st_size))
    case S_IFDIR: return .directory
    case S_IFLNK: return .symbolicLink
    default: return .other
    }
  }

  /// The names in a folder, sorted by their bytes, `.` and `..` left out.
  static func names(in path: String) throws -> [String] {
    try entries(in: path).map(\.name)
  }

  /// ``names(in:)``, each with whether the folder's listing says it is a regular file (`d_type`),
  /// which spares a scan one `lstat` per file; false when the file system does not say.
  static func entries(in path: String) throws -> [(name: String, isRegularFile: Bool)] {
    guard let directory = opendir(path) else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    return entries(listing: directory)
  }

  /// ``names(in:)`` of the folder open as `descriptor`, which stays open.
  static func names(inOpen descriptor: Int32) throws -> [String] {
    let copy = dup(descriptor)
    guard copy >= 0, let directory = fdopendir(copy) else {
      let code = errno
      if copy >= 0 { close(copy) }
      throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
    }
    return entries(listing: directory).map(\.name)
  }

  /// The sorted entries of an open listing, which it closes.
  private static func entries(listing directory: OpaquePointer) -> [(name: String, isRegularFile: Bool)] {
    defer { closedir(directory) }
    var entries: [(name: String, isRegularFile: Bool)] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name != "." && name != ".." { entries.append((name, entry.pointee.d_type == UInt8(DT_REG))) }
    }
    return entries.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
  }

  /// The identity of a folder or file after following links: two paths with the same identity are
  /// the same object, however they were reached.
  struct Identity: Hashable {
    var device: UInt64
    var inode: UInt64
  }

  /// The identity and kind of what `path` names, following symbolic links; nil when it names nothing.
  static func resolvedKind(_ path: String) -> (Identity, Kind)? {
    status(path).map { ($0.identity, $0.kind) }
  }

  /// What `stat` says of `path`: its identity, kind and stamp. Following symbolic links unless
  /// told not to (`lstat`, whose answer for anything but a link is the same, in one call fewer).
  static func status(_ path: String, followingLinks: Bool = true) -> (
    identity: Identity, kind: Kind, stamp: FileStamp
  )? {
    var info = stat()
    guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
    let identity = Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    let stamp = FileStamp(info)
    switch info.st_mode & S_IFMT {
    case S_IFREG: return (identity, .file(size: Int(info.st_size)), stamp)
    case S_IFDIR: return (identity, .directory, stamp)
    case S_IFLNK: return (identity, .symbolicLink, stamp)
    default: return (identity, .other, stamp)
    }
  }

  /// The whole file, read with one `read` loop into a buffer of the right size.
  ///
  /// It is opened with `O_NONBLOCK` and checked with `fstat` before any read, so a FIFO, a socket or
  /// a device (reached through a link, or swapped in after the scan looked) is refused at once
  /// instead of blocking the build forever.
  static func contents(_ path: String) throws -> [UInt8] {
    try stampedContents(path).bytes
  }

  /// ``contents(_:)``, with the stamp of the file that was read (taken from the open file, so it
  /// describes these bytes even if the name is replaced meanwhile).
  ///
  /// - Parameter size: the size the file must have; any other throws ``SizeChanged`` before a byte
  ///   is read.
  static func stampedContents(_ path: String, size: Int? = nil) throws -> (bytes: [UInt8], stamp: FileStamp) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    guard info.st_mode & S_IFMT == S_IFREG else { throw NotARegularFile() }
    if let size, info.st_size != size { throw SizeChanged() }
    let stamp = FileStamp(info)
    // The buffer is read into uninitialised: zeroing it first cost a page-touching `memset` of
    // every byte (a tenth of a one-page edit, in reading the 26 MB ledger of 10,000 pages).
    if info.st_size > 0 {
      let bytes = try [UInt8](unsafeUninitializedCapacity: Int(info.st_size)) { buffer, count in
        count = try readAll(descriptor, into: buffer)
      }
      return (bytes, stamp)
    }
    // Files of /proc and some file systems report size 0 and still have bytes: read those in chunks.
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = try chunk.withUnsafeMutableBufferPointer { try readAll(descriptor, into: $0) }
      bytes += chunk[..<count]
      if count < chunk.count { return (bytes, stamp) }
    }
  }

  /// Reads from `descriptor` until `buffer` is full or the file ends; the number of bytes read.
  private static func readAll(_ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>) throws
    -> Int
  {
    var offset = 0
    while offset < buffer.count {
      let count = read(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      if count < 0 {
        if errno == EINTR { continue }
        throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
      }
      if count == 0 { break }
      offset += count
    }
    return offset
  }

  /// The real path of `path` with every link resolved, or nil.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// Thrown by ``contents(_:)`` for anything but a regular file.
  struct NotARegularFile: Error {}

  /// Thrown by ``stampedContents(_:size:)`` for a file of another size than the one asked for.
  struct SizeChanged: Error {}

  static func describe(_ error: Error) -> String {
    if error is NotARegularFile { return "it is not a regular file (a FIFO, socket or device?)" }
    if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
    if let failure = error as? Disk.Failure { return failure.reason }
    return (error as NSError).localizedDescription
  }
}
