/// An HTML buffer with cmark's escaping rules, shared by the renderer and by generated markup.
public struct HTMLOutput: Sendable {
  public private(set) var text = ""
  /// The renderer's replacements and its place among links and headings, in document order.
  var rewrites = HTMLRenderer.Rewrites()
  private var linkCount = 0
  private var headingCount = 0

  /// The number of the link or image being written (0, 1, 2...).
  mutating func nextLink() -> Int {
    defer { linkCount += 1 }
    return linkCount
  }

  /// The number of the heading being written.
  mutating func nextHeading() -> Int {
    defer { headingCount += 1 }
    return headingCount
  }

  public init() {}

  public mutating func append(_ html: String) { text += html }

  /// Starts a new line unless the buffer already ends one (cmark's `cr()`).
  public mutating func newline() {
    if let last = text.utf8.last, last != UInt8(ascii: "\n") { text += "\n" }
  }

  /// Appends text with `&`, `<`, `>` and `"` escaped, as cmark does.
  public mutating func appendEscaped(_ raw: String) { text += HTMLEscaping.escape(raw) }

  /// Appends a URL for an `href` or `src`: percent-encodes bytes outside the safe set, as cmark's
  /// `houdini_escape_href` does, and escapes `&` and `'` for the attribute.
  public mutating func appendHref(_ url: String) { text += HTMLEscaping.escapeHref(url) }
}
