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
    guard UTF8Bytes.contains(in: text, where: mayNeed) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      if let replaced = replacement(scalar) { out += replaced } else { out.unicodeScalars.append(scalar) }
    }
    return out
  }
}
