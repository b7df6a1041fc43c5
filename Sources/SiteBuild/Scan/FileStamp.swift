#if canImport(Glibc)
  import Glibc
#endif

/// What `stat` says changes when a file's bytes change: its identity, size and both clocks.
///
/// A rescan reuses the bytes it read last time when a file's stamp is unchanged. The kernel's file
/// clocks tick coarsely (a few milliseconds), so two writes of the same size inside one tick leave
/// the same stamp; ``ScanMemory`` therefore trusts only stamps older than a safety margin, as git
/// does with "racily clean" index entries.
struct FileStamp: Hashable, Sendable {
  var device: UInt64
  var inode: UInt64
  var size: Int64
  var modified: Int64
  var changed: Int64

  init(_ info: stat) {
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
    size = Int64(info.st_size)
    modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
    changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
  }

  init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
    self.device = device
    self.inode = inode
    self.size = size
    self.modified = modified
    self.changed = changed
  }

  /// This stamp as kept for a file written too close to a build to vouch for it (``isRacy(against:)``):
  /// both clocks at the epoch, which no `stat` gives (the kernel sets a file's change time to the
  /// time of the change), so the next build sees the file as written and reads it again, while the
  /// other files' stamps, and the ledger beside them, still hold.
  var unproven: FileStamp {
    FileStamp(device: device, inode: inode, size: size, modified: 0, changed: 0)
  }

  /// The later of the two clocks, in nanoseconds since the epoch.
  var latest: Int64 { max(modified, changed) }

  /// Whether both clocks fall on whole seconds, as on file systems that keep seconds only (FAT
  /// keeps two, many network mounts one): a second write in the same second leaves the same
  /// stamp there, where a file system that keeps nanoseconds moves on within milliseconds.
  var looksCoarse: Bool { modified % 1_000_000_000 == 0 && changed % 1_000_000_000 == 0 }

  /// Whether this stamp is too close to `start` (when a scan began, on the file clock) to prove
  /// that the file was not written again after it was read: within ``ScanMemory/safetyMargin``,
  /// or within two seconds for a stamp of whole seconds (``looksCoarse``).
  func isRacy(against start: Int64) -> Bool {
    latest >= start - (looksCoarse ? ScanMemory.coarseSafetyMargin : ScanMemory.safetyMargin)
  }
}
