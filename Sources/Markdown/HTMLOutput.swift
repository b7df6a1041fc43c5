/// An HTML buffer with cmark's escaping rules, shared by the renderer and by generated markup.
public struct HTMLOutput: Sendable {
  public private(set) var text = ""
  /// The renderer's replacements and its place among links and headings, in document order.
  var rewrites = HTMLRenderer.Rewrites()
  private var linkCount = 0
  private var headingCount = 0
  /// Where values were written that another view of the page writes differently; nil when not
  /// asked for (``HTMLRenderer/renderBody(_:rewrites:codeBlocks:)``).
  var slots: [RenderedBody.Slot]?

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

  /// Where the next byte goes: the start of a slot.
  var position: Int { text.utf8.count }

  /// Records that the bytes from `start` to here hold the value of `kind`, when slots are kept.
  mutating func slot(from start: Int, _ kind: RenderedBody.Slot.Kind) {
    let end = position
    slots?.append(RenderedBody.Slot(range: start..<end, kind: kind))
  }

  mutating func append(bytes: some Collection<UInt8>) { text += String(decoding: bytes, as: UTF8.self) }

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
