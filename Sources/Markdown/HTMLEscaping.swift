import Diagnostics

/// HTML and URL escaping with cmark's exact rules, so generated markup and Markdown agree.
public enum HTMLEscaping {
  /// Escapes `&`, `<`, `>` and `"`; enough for text and double-quoted attributes. A NUL becomes
  /// U+FFFD, as cmark does with NUL in Markdown, so no dataset string can put one in a page.
  public static func escape(_ raw: String) -> String {
    TextEscaping.escape(
      raw, mayNeed: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0 },
      replacement: replacement)
  }

  /// What `scalar` is written as in text or an attribute value; nil when it is written as it is.
  public static func replacement(for scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "&": "&amp;"
    case "<": "&lt;"
    case ">": "&gt;"
    case "\"": "&quot;"
    case "\0": "\u{FFFD}"
    default: nil
    }
  }

  /// The plain value of an attribute that ``escape(_:)``, ``escapeHref(_:)`` or a template wrote:
  /// their entities turned back into characters, so a value can be rewritten and escaped once more
  /// without escaping it twice (`it&#x27;s` must not become `it&amp;#x27;s`).
  ///
  /// It works on UTF-8 bytes: a `&` right after a prepended mark (U+0605) is part of that mark's
  /// Character, so a Character-level search would not find it (a fuzzer found this).
  public static func unescapeAttribute(_ value: String) -> String {
    guard value.utf8.contains(UInt8(ascii: "&")) else { return value }
    let entities: [([UInt8], UInt8)] = [
      ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#x27;", "'"), ("&#39;", "'"),
    ].map { (Array($0.0.utf8), UInt8(ascii: $0.1)) }
    let bytes = Array(value.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "&"),
        let (entity, byte) = entities.first(where: { bytes[index...].starts(with: $0.0) })
      {
        out.append(byte)
        index += entity.count
      } else {
        out.append(bytes[index])
        index += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Percent-encodes a relative output path for use inside an absolute URL (a sitemap `<loc>`, a
  /// canonical link): every byte but RFC 3986's unreserved characters, sub-delimiters, `:`, `@`
  /// and `/`, so a page named `my notes.html` is `my%20notes.html` there.
  public static func percentEncodePath(_ path: String) -> String {
    let allowed = Set("-._~!$&'()*+,;=:@/".utf8)
    let hex = Array("0123456789ABCDEF".utf8)
    var bytes: [UInt8] = []
    for byte in path.utf8 {
      let isAlphanumeric =
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
      if isAlphanumeric || allowed.contains(byte) {
        bytes.append(byte)
      } else {
        bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Bytes that may stand in an `href` as they are; everything else is percent-encoded.
  private static let hrefSafe: [Bool] = {
    var table = [Bool](repeating: false, count: 256)
    for byte in Array("-_.+!*(),%#@?=;:/,$~".utf8) { table[Int(byte)] = true }
    for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = true }
    for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = true }
    for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = true }
    return table
  }()

  public static func escapeHref(_ url: String) -> String {
    if url.utf8.allSatisfy({ hrefSafe[Int($0)] }) { return url }
    var escaped = ""
    escaped.reserveCapacity(url.utf8.count)
    let hex = Array("0123456789ABCDEF".utf8)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(url.utf8.count + 8)
    for byte in url.utf8 {
      if hrefSafe[Int(byte)] {
        bytes.append(byte)
      } else if byte == UInt8(ascii: "&") {
        bytes.append(contentsOf: Array("&amp;".utf8))
      } else if byte == UInt8(ascii: "'") {
        bytes.append(contentsOf: Array("&#x27;".utf8))
      } else {
        bytes.append(UInt8(ascii: "%"))
        bytes.append(hex[Int(byte >> 4)])
        bytes.append(hex[Int(byte & 0x0F)])
      }
    }
    escaped = String(decoding: bytes, as: UTF8.self)
    return escaped
  }
}
