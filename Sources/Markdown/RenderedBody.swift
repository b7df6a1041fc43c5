/// A page body as ``HTMLRenderer`` wrote it, with where it wrote each value another view of the
/// same page writes differently: heading ids, link destinations and the HTML of code blocks handed
/// to the caller. The one-page view fills these places with its own values (``filled(headingID:link:codeBlock:)``)
/// instead of rendering the tree a second time; everything between them is the same bytes.
public struct RenderedBody: Hashable, Sendable {
  /// One place a value was written, in UTF-8 bytes of ``html``.
  public struct Slot: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
      /// The id of the n-th heading, as its `id` or in its anchor link's `href` after the `#`.
      case headingID(Int)
      /// The destination of the n-th link or image, which was `target` before escaping.
      case link(Int, target: String)
      /// The HTML a code block at this position was drawn as, with the line end after it.
      case codeBlock(MarkdownPoint)
    }

    public var range: Range<Int>
    public var kind: Kind
  }

  public var html: String
  public var slots: [Slot]

  public init(html: String, slots: [Slot] = []) {
    self.html = html
    self.slots = slots
  }

  /// The body with each slot written anew: the id of a heading, the destination of a link (from
  /// the one the site wrote), the HTML of a code block (nil: as the site drew it). Escaped as the
  /// renderer escapes, and with the renderer's line end after a code block, so the result is what
  /// rendering the tree with these values would give.
  public func filled(
    headingID: (Int) -> String, link: (Int, String) -> String, codeBlock: (MarkdownPoint) -> String?
  ) -> String {
    var html = html
    return html.withUTF8 { bytes in
      var out = HTMLOutput()
      var copied = 0
      for slot in slots {
        out.append(bytes: bytes[copied..<slot.range.lowerBound])
        switch slot.kind {
        case .headingID(let number):
          out.appendEscaped(headingID(number))
        case .link(let number, let target):
          let mapped = link(number, target)
          if !URLSafety.isDangerous(mapped) { out.appendHref(mapped) }
        case .codeBlock(let point):
          if let drawn = codeBlock(point) {
            out.append(drawn)
            out.newline()
          } else {
            out.append(bytes: bytes[slot.range])
          }
        }
        copied = slot.range.upperBound
      }
      out.append(bytes: bytes[copied...])
      return out.text
    }
  }
}
