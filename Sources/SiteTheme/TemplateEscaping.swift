import Mustache

/// The escaping `{{tag}}` applies: the same five characters as swift-mustache's HTML content type
/// (`& < > " '`), done on UTF-8 bytes with a fast path for text that needs none. Escaping was a
/// tenth of a build's time with the character-by-character original. A NUL (possible in a YAML
/// string as `"\0"`) becomes U+FFFD, as an HTML parser and cmark would make it.
struct TemplateEscaping: MustacheContentType {
  /// The name templates select it by; ``Theme`` puts the pragma at the start of every template.
  static let name = "DEMARC_HTML"
  static let pragma = "{{% CONTENT_TYPE: \(name)}}"

  func escapeText(_ text: String) -> String { Self.escape(text) }

  static func escape(_ text: String) -> String {
    let needsWork = text.utf8.contains { byte in
      byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
        || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == 0
    }
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
