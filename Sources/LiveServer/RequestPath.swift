/// A request's path, percent-decoded one segment at a time, or the reason it is refused.
///
/// The path is the raw request target, so an encoded slash (`%2F`), backslash, NUL or dot segment
/// (`%2e%2e`) is seen for what it is before any lookup. The served site is a map of output paths,
/// so no path can reach a file outside it; these refusals keep the answers honest (403 rather than
/// a lookup of a name that cannot exist) and guard the one place that maps names to files.
enum RequestPath: Equatable {
  /// A path inside the site, with `/` between segments and no leading slash; `isFolder` when the
  /// request ended in `/`.
  case site(String, isFolder: Bool)
  /// A name that cannot be part of the site: a dot segment, an encoded separator, NUL, bad escapes.
  case refused

  init(raw: String) {
    let pathOnly = raw.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    guard pathOnly.hasPrefix("/") else {
      self = .refused
      return
    }
    var segments: [String] = []
    for piece in pathOnly.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
      guard let decoded = Self.percentDecoded(piece) else {
        self = .refused
        return
      }
      if decoded.isEmpty { continue }
      if decoded == "." || decoded == ".." || decoded.contains("/") || decoded.contains("\\")
        || decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
      {
        self = .refused
        return
      }
      segments.append(decoded)
    }
    self = .site(segments.joined(separator: "/"), isFolder: pathOnly.hasSuffix("/") || segments.isEmpty)
  }

  /// `%XX` escapes decoded to bytes, which must then be UTF-8; nil for a malformed escape or bytes.
  static func percentDecoded(_ text: Substring) -> String? {
    var bytes: [UInt8] = []
    var iterator = text.utf8.makeIterator()
    while let byte = iterator.next() {
      guard byte == UInt8(ascii: "%") else {
        bytes.append(byte)
        continue
      }
      guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
        return nil
      }
      bytes.append(high << 4 | low)
    }
    return String(validating: bytes, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
