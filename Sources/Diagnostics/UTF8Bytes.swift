#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Byte questions about a string's UTF-8 asked of its storage directly: the checks every text node,
/// page and value goes through before anything is escaped or split (is there a `~`, a `\r`, a byte
/// that needs escaping). Through `String.UTF8View`'s iterator they cost a few percent of a build;
/// over the contiguous bytes a single byte is a `memchr` and a test a plain loop.
public enum UTF8Bytes {
  /// Calls `body` with `text`'s UTF-8 bytes: its own storage when it has one (every native string),
  /// else a copy.
  @inlinable public static func withBytes<Result>(
    of text: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
  ) rethrows -> Result {
    if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
    return try Array(text.utf8).withUnsafeBufferPointer(body)
  }

  /// Whether `text` holds `byte`.
  @inlinable public static func contains(_ byte: UInt8, in text: String) -> Bool {
    withBytes(of: text) { contains(byte, in: $0) }
  }

  /// Whether `bytes` hold `byte`.
  @inlinable public static func contains(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return false }
    return memchr(base, Int32(byte), bytes.count) != nil
  }

  /// Whether any byte of `text` passes `test`.
  @inlinable public static func contains(in text: String, where test: (UInt8) -> Bool) -> Bool {
    withBytes(of: text) { $0.contains(where: test) }
  }
}
