import Markdown

/// The part of a page's Markdown tree that the stages between load and render read, for a one-off
/// build to keep instead of the whole tree: the render parses the page's source again
/// (``LoadedPage/markdown``), so between the two only this outline and the source are alive.
///
/// A whole tree costs three to four times its source (every node and every text is a heap value);
/// the outline costs a small part of it, so a 10,000-page site no longer holds all its trees from
/// load to render.
///
/// Routing and linking read, through ``MarkdownDocument/forEachNumbered(_:)``: headings (with
/// their text, for ids and titles), links and images (their numbers, destinations and places),
/// `demarc` code blocks (directives), raw HTML (its place, for the warning that it is dropped) and
/// a paragraph's own text when it mentions a footnote. The outline keeps exactly those nodes and
/// the containers above them, in order, so every kept node has the number and the place it has in
/// the whole tree, and the routing and linking of the outline are those of the whole tree.
enum PageOutline {
  static func of(_ document: MarkdownDocument) -> MarkdownDocument {
    var root = document.root
    root.children = prune(document.root.children)
    return MarkdownDocument(root: root, flattenedAt: document.flattenedAt)
  }

  /// The nodes of `nodes` worth keeping, each with its own children pruned.
  private static func prune(_ nodes: [MarkdownNode]) -> [MarkdownNode] {
    var kept: [MarkdownNode] = []
    for node in nodes {
      if let outlined = outline(node) { kept.append(outlined) }
    }
    return kept
  }

  /// The node as the outline keeps it, or nil when neither it nor anything inside it is read.
  private static func outline(_ node: MarkdownNode) -> MarkdownNode? {
    switch node.kind {
    case .heading:
      // Small, and read whole: its text makes the id, and a link in it is numbered.
      return node
    case .image(let source, let title):
      // Its description is never visited (it is written as alt text).
      return MarkdownNode(.image(source: source, title: title), start: node.start)
    case .codeBlock(let info, _):
      return DirectiveParser.isDirective(info: info) ? node : nil
    case .htmlBlock:
      // Only where it is, for the warning; its text is the render's.
      return MarkdownNode(.htmlBlock(""), start: node.start)
    case .htmlInline:
      return MarkdownNode(.htmlInline(""), start: node.start)
    case .text, .code, .softBreak, .lineBreak, .thematicBreak:
      return nil
    case .paragraph where LinkContext.mentionsFootnote(node.children):
      // Its own text is what the footnote check reads; keep it as it is.
      return node
    case .link:
      var link = node
      link.children = prune(node.children)
      return link
    default:
      let children = prune(node.children)
      guard !children.isEmpty else { return nil }
      var container = node
      container.children = children
      return container
    }
  }
}
