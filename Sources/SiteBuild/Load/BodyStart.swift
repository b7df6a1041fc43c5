/// Where a page's Markdown body starts in its text, after the front matter (``FrontMatter/read(_:file:into:)``).
///
/// The body that cmark parses keeps every line of the file, the front matter's as empty lines, so
/// the positions in its diagnostics are the file's own.
struct BodyStart: Hashable, Sendable {
  /// How many empty lines stand for the front matter and its fences.
  var blankLines: Int
  /// The UTF-8 offset in the text of the body's first byte.
  var offset: Int

  /// A page without front matter: the body is the whole text.
  static let whole = BodyStart(blankLines: 0, offset: 0)

  /// The body as cmark reads it, from the page's `text`.
  func text(in text: String) -> String {
    guard self != .whole else { return text }
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: offset)
    return String(repeating: "\n", count: blankLines) + text[start...]
  }
}
