/// What the one-page view needs of a part of a page as the site rendered it: its size, which
/// decides on volumes, and, only when rebuilds are recorded, the text, which tells whether the
/// section changed. A one-off build does not keep a second copy of every body.
struct RenderedPart: Sendable {
  var bytes: Int
  var text: String?

  init(_ text: String, keepingText: Bool) {
    self.bytes = text.utf8.count
    self.text = keepingText ? text : nil
  }
}
