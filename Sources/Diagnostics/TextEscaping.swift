/// The one loop behind every escaper (HTML, XML, JSON, GitHub workflow commands): each scalar the
/// format maps is replaced, the rest are kept, and text with no byte that could need escaping is
/// returned as it is. Each format keeps only its table.
public enum TextEscaping {
  /// - Parameters:
  ///   - mayNeed: true for a UTF-8 byte that might start something to escape; when no byte is,
  ///     the text is returned unchanged without looking at its scalars.
  ///   - replacement: the escaped form of a scalar, or nil to keep it.
  @inlinable public static func escape(
    _ text: String, mayNeed: (UInt8) -> Bool, replacement: (Unicode.Scalar) -> String?
  ) -> String {
    UTF8Bytes.withBytes(of: text) { bytes in
      guard bytes.contains(where: mayNeed) else { return text }
      // Over the bytes, scalar by scalar: only a scalar whose first byte `mayNeed` is asked for
      // its replacement, and the runs between replacements are copied whole. Appending every
      // scalar to a string one by one made each search record's excerpt (whose "…" starts with
      // 0xE2, a byte JSON for scripts may need) cost a microsecond.
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + 16)
      var kept = 0
      var index = 0
      while index < bytes.count {
        let lead = bytes[index]
        let length = min(lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4, bytes.count - index)
        if mayNeed(lead), let replaced = replacement(scalar(in: bytes, at: index, length: length)) {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[kept..<index]))
          out.append(contentsOf: replaced.utf8)
          kept = index + length
        }
        index += length
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[kept...]))
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// The scalar whose `length` UTF-8 bytes start at `index` of valid UTF-8.
  @inlinable static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int)
    -> Unicode.Scalar
  {
    let mask: UInt8 =
      switch length {
      case 1: 0x7F
      case 2: 0x1F
      case 3: 0x0F
      default: 0x07
      }
    var value = UInt32(bytes[index] & mask)
    for offset in 1..<max(length, 1) { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }
}
