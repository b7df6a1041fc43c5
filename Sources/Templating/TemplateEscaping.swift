/// The escaping `{{tag}}` applies: `& < > " '` as entities, done on UTF-8 bytes with a fast path
/// for text that needs none (escaping was a tenth of a build's time with a character-by-character
/// version). A NUL (possible in a YAML string as `"\0"`) becomes U+FFFD, as an HTML parser and
/// cmark would make it.
public enum TemplateEscaping {
  public static func escape(_ text: String) -> String {
    func needsEscaping(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
        || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == 0
    }
    // Over the contiguous bytes when the string has them (a plain loop, not the view's iterator).
    let needsWork =
      text.utf8.withContiguousStorageIfAvailable { $0.contains(where: needsEscaping) }
      ?? text.utf8.contains(where: needsEscaping)
    guard needsWork else { return text }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "&"): bytes += Array("&amp;".utf8)
      case UInt8(ascii: "<"): bytes += Array("&lt;".utf8)
      case UInt8(ascii: ">"): bytes += Array("&gt;".utf8)
      case UInt8(ascii: "\""): bytes += Array("&quot;".utf8)
      case UInt8(ascii: "'"): bytes += Array("&#39;".utf8)
      case 0: bytes += Array("\u{FFFD}".utf8)
      default: bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
