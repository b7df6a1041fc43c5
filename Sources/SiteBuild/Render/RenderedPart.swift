import Markdown

/// What the one-page view needs of a part of a page as the site rendered it: its size, which
/// decides on volumes, and the text. A body keeps its text and slots always, because the view
/// fills them with its own ids and links (``RenderedBody``) instead of rendering the page again;
/// the facts keep their text only when rebuilds are recorded, to tell whether a section changed.
struct RenderedPart: Sendable {
  var bytes: Int
  var text: String?
  /// Where the body's ids, links and drawn code blocks are; empty for the facts.
  var slots: [RenderedBody.Slot] = []
  /// Whether the body was rendered from Markdown (a generated page's is empty), which the one-page
  /// view asks once the tree may be gone.
  var fromDocument = false

  init(_ text: String, keepingText: Bool) {
    self.bytes = text.utf8.count
    self.text = keepingText ? text : nil
  }

  init(_ body: RenderedBody, fromDocument: Bool) {
    self.bytes = body.html.utf8.count
    self.text = body.html
    self.slots = body.slots
    self.fromDocument = fromDocument
  }

  /// The part with its size and origin alone, once the one-page view has drawn it.
  var sizeOnly: RenderedPart {
    var part = self
    part.text = nil
    part.slots = []
    return part
  }

  /// The body as the renderer wrote it, when its text was kept.
  var body: RenderedBody? { text.map { RenderedBody(html: $0, slots: slots) } }
}
