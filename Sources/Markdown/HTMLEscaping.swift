/// HTML and URL escaping with cmark's exact rules, so generated markup and Markdown agree.
public enum HTMLEscaping {
  /// Escapes `&`, `<`, `>` and `"`; enough for text and double-quoted attributes.
  public static func escape(_ raw: String) -> String {
    guard raw.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else {
      return raw
    }
    var escaped = ""
    escaped.reserveCapacity(raw.utf8.count + 16)
    for scalar in raw.unicodeScalars {
      switch scalar {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      case "\"": escaped += "&quot;"
      default: escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
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
