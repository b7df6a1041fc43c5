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
    return withBody(of: Array(text.utf8)) { String(decoding: $0, as: UTF8.self) }
  }

  /// Calls `use` with the body's UTF-8 bytes, from the page's: the empty lines, then the page's
  /// bytes from ``offset``.
  func withBody<Result>(of bytes: [UInt8], _ use: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    guard self != .whole else { return bytes.withUnsafeBufferPointer(use) }
    var body = [UInt8](repeating: UInt8(ascii: "\n"), count: blankLines)
    body.reserveCapacity(blankLines + bytes.count - offset)
    body += bytes[offset...]
    return body.withUnsafeBufferPointer(use)
  }
}
