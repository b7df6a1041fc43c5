/// Where a node stands in the numbering ``HTMLRenderer/Rewrites`` is keyed by: the n-th link or
/// image, the n-th heading, in document order, parents before children.
public enum RewriteSlot: Equatable, Sendable {
  case link(Int)
  case heading(Int)
}

extension MarkdownDocument {
  /// Every node in document order with its slot, when it has one. ``HTMLRenderer`` numbers links
  /// and headings the same way as it writes them; this is the one place anything else counts them,
  /// so resolving links, assigning heading ids and building a table of contents cannot disagree.
  ///
  /// An image's description is written as its `alt` text, never as markup, so nothing inside an
  /// image is visited: a link there is not rendered and takes no number.
  public func forEachNumbered(_ visit: (MarkdownNode, RewriteSlot?) -> Void) {
    var links = 0
    var headings = 0
    func walk(_ node: MarkdownNode) {
      switch node.kind {
      case .link:
        visit(node, .link(links))
        links += 1
      case .image:
        visit(node, .link(links))
        links += 1
        return
      case .heading:
        visit(node, .heading(headings))
        headings += 1
      default:
        visit(node, nil)
      }
      // By index, read in place (``MarkdownNode/forEach(_:)``).
      for index in node.children.indices { walk(node.children[index]) }
    }
    walk(root)
  }
}
