import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The saved ledger a ``PatchLedger`` was read from, kept open so that a page's line is fetched
/// only when the page is asked for (``line(_:)``).
///
/// A one-page edit needs one or two of the ledger's 10,000 page lines. Reading the whole 26 MB
/// file into memory cost most of reading the ledger: every 4 KB of a fresh buffer is a page fault
/// that the kernel must clear before copying into it (15 ms against 2 ms of scanning, on the
/// benchmark's machine). So the file is scanned through one reused buffer (``Lines``), the lines
/// are noted by their place in the file, and the descriptor stays open: it names the file as it
/// was read even once a later save has renamed a new one over it. It is not mapped into memory:
/// a mapped file that something truncates kills the process (`SIGBUS`) when read.
final class LedgerSource: Sendable {
  private enum Storage {
    case bytes([UInt8])
    case file(Int32)
  }

  private let storage: Storage

  /// A ledger held in memory (a test's, or one just written).
  init(bytes: [UInt8]) {
    storage = .bytes(bytes)
  }

  /// The ledger file at `path`, opened for reading; nil when it cannot be opened or is not a
  /// regular file.
  init?(path: String) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard descriptor >= 0 else { return nil }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      close(descriptor)
      return nil
    }
    storage = .file(descriptor)
  }

  deinit {
    if case .file(let descriptor) = storage { close(descriptor) }
  }

  /// The bytes at `range` of the ledger; nil when they cannot be read whole (a file cut short
  /// since it was scanned).
  func line(_ range: Range<Int>) -> ArraySlice<UInt8>? {
    switch storage {
    case .bytes(let bytes):
      return range.upperBound <= bytes.count ? bytes[range] : nil
    case .file(let descriptor):
      var failed = false
      let bytes = [UInt8](unsafeUninitializedCapacity: range.count) { buffer, count in
        count = 0
        while count < buffer.count {
          let read = pread(
            descriptor, buffer.baseAddress! + count, buffer.count - count, off_t(range.lowerBound + count))
          if read < 0, errno == EINTR { continue }
          guard read > 0 else {
            failed = true
            return
          }
          count += read
        }
      }
      return failed ? nil : bytes[...]
    }
  }

  /// The ledger's lines in order, each without its line feed.
  func lines() -> Lines { Lines(source: self) }

  /// The lines of a ledger, read front to back. A line handed out is good until the next call
  /// (it shares the reused buffer; keeping it makes a copy of the buffer when the next read comes).
  struct Lines {
    fileprivate let source: LedgerSource
    private var buffer: [UInt8] = []
    /// The buffer's first byte's place in the ledger, the next line's start and the end of what
    /// was read, in the buffer.
    private var offset = 0
    private var start = 0
    private var end = 0
    private var exhausted = false
    /// Whether reading the file failed before its end; the lines handed out are then not all.
    private(set) var failed = false

    fileprivate init(source: LedgerSource) {
      self.source = source
      if case .bytes(let bytes) = source.storage {
        buffer = bytes
        end = bytes.count
        exhausted = true
      }
    }

    /// The ledger's size, once every line was read.
    var size: Int { offset + end }

    /// The next line and its place in the ledger; nil at the end.
    mutating func next() -> (line: ArraySlice<UInt8>, range: Range<Int>)? {
      while true {
        let found = buffer.withUnsafeBufferPointer { buffer -> Int? in
          guard start < end, let base = buffer.baseAddress,
            let hit = memchr(base + start, 0x0A, end - start)
          else { return nil }
          return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
        if let found {
          defer { start = found + 1 }
          return (buffer[start..<found], (offset + start)..<(offset + found))
        }
        if exhausted {
          guard start < end else { return nil }
          defer { start = end }
          return (buffer[start..<end], (offset + start)..<(offset + end))
        }
        refill()
      }
    }

    /// Moves the unread part of the buffer to its front and reads more after it, growing the buffer
    /// when one line fills it.
    private mutating func refill() {
      guard case .file(let descriptor) = source.storage else {
        exhausted = true
        return
      }
      let unread = end - start
      if unread == buffer.count { buffer += [UInt8](repeating: 0, count: max(buffer.count, 1 << 20)) }
      let (kept, from) = (unread, start)
      buffer.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return }
        if from > 0, kept > 0 { memmove(base, base + from, kept) }
      }
      (offset, start, end) = (offset + from, 0, kept)
      let read = buffer.withUnsafeMutableBufferPointer { buffer -> Int in
        var read: Int
        repeat {
          read = pread(descriptor, buffer.baseAddress! + end, buffer.count - end, off_t(offset + end))
        } while read < 0 && errno == EINTR
        return read
      }
      if read > 0 {
        end += read
      } else {
        exhausted = true
        failed = read < 0
      }
    }
  }
}
