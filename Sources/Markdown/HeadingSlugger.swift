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
}
