/// Turns heading text into unique, URL-safe ids within one page.
///
/// Ids follow GitHub's rules (``slug(_:)``): `Who secures what?` → `who-secures-what`,
/// `What's new?` → `whats-new`; letters of every script are kept. A repeated id gets `-1`, `-2`...
/// in document order, as GitHub does, so the same page always gets the same ids.
public struct HeadingSlugger: Sendable {
  private var used: [String: Int] = [:]

  public init(reserved: some Sequence<String> = []) {
    for id in reserved { used[id] = 0 }
  }

  public mutating func uniqueID(for text: String) -> String {
    let base = Self.slug(text)
    guard let count = used[base] else {
      used[base] = 0
      return base
    }
    var next = count + 1
    while used["\(base)-\(next)"] != nil { next += 1 }
    used[base] = next
    used["\(base)-\(next)"] = 0
    return "\(base)-\(next)"
  }

  /// The id for `text` without uniqueness, made as GitHub makes it, so a link that works there
  /// works here: lowercase; letters, marks, numbers, `_` and `-` kept; every other character
  /// dropped (punctuation, symbols, emoji); each space a `-`, not collapsed (`A & B` → `a--b`).
  /// `section` when nothing remains.
  public static func slug(_ text: String) -> String {
    if let ascii = asciiSlug(text) { return ascii }
    var slug = String.UnicodeScalarView()
    let trimmed = text.trimmingPrefix(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
    for scalar in String(trimmed).lowercased().unicodeScalars {
      switch scalar.properties.generalCategory {
      case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
        .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber, .otherNumber,
        .connectorPunctuation:
        slug.append(scalar)
      case _ where scalar == "-" || scalar == " ":
        slug.append("-")
      default:
        continue
      }
    }
    return slug.isEmpty ? "section" : String(slug)
  }

  /// The same rule for text that is all ASCII, the common case, on its bytes: trim whitespace,
  /// lower-case, keep letters, digits and `_`, turn `-` and spaces into `-`; nil for any other text.
  private static func asciiSlug(_ text: String) -> String? {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for byte in text.utf8 {
      guard byte < 0x80 else { return nil }
      bytes.append(byte)
    }
    // Character.isWhitespace for ASCII: space, tab, line feed, vertical tab, form feed, return.
    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
    let start = bytes.firstIndex { !isSpace($0) } ?? bytes.endIndex
    let end = (bytes.lastIndex { !isSpace($0) }).map { $0 + 1 } ?? start
    var slug: [UInt8] = []
    slug.reserveCapacity(max(0, end - start))
    for byte in bytes[start..<max(start, end)] {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): slug.append(byte + 32)
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
        slug.append(byte)
      case UInt8(ascii: "-"), UInt8(ascii: " "): slug.append(UInt8(ascii: "-"))
      default: continue
      }
    }
    return slug.isEmpty ? "section" : String(decoding: slug, as: UTF8.self)
  }
}
