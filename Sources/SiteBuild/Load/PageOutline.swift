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

  /// The nodes of `nodes` worth keeping, each with its own children pruned, and the containers
  /// that hold nothing else dissolved into their parent.
  private static func prune(_ nodes: [MarkdownNode]) -> [MarkdownNode] {
    var kept: [MarkdownNode] = []
    for node in nodes { outline(node, into: &kept) }
    guard kept.capacity > kept.count else { return kept }
    // Grown by appending, a list can hold up to twice the room it uses, and outlines are kept
    // for every page from load to render: kept at the size they are.
    var exact: [MarkdownNode] = []
    exact.reserveCapacity(kept.count)
    exact.append(contentsOf: kept)
    return exact
  }

  /// Appends the node as the outline keeps it, or what it keeps of the nodes inside it, to `kept`.
  ///
  /// Paragraphs, lists, quotes, emphasis and tables are not read, only walked through, so their
  /// kept nodes take their place: every reader walks the tree in document order (``MarkdownDocument/forEachNumbered(_:)``)
  /// and the order, and so every number, is the same. Most of an outline's nodes were such
  /// containers. The one reader of a node's place is the title, a level-1 heading at the top level
  /// (``MarkdownDocument/titleHeading``), so a container that holds one is kept.
  private static func outline(_ node: MarkdownNode, into kept: inout [MarkdownNode]) {
    switch node.kind {
    case .heading:
      // Small, and read whole: its text makes the id, and a link in it is numbered.
      kept.append(node)
    case .image(let source, let title):
      // Its description is never visited (it is written as alt text).
      kept.append(MarkdownNode(.image(source: source, title: title), start: node.start))
    case .codeBlock(let info, _):
      if DirectiveParser.isDirective(info: info) { kept.append(node) }
    case .htmlBlock:
      // Only where it is, for the warning; its text is the render's.
      kept.append(MarkdownNode(.htmlBlock(""), start: node.start))
    case .htmlInline:
      kept.append(MarkdownNode(.htmlInline(""), start: node.start))
    case .text, .code, .softBreak, .lineBreak, .thematicBreak:
      break
    case .paragraph where LinkContext.mentionsFootnote(node.children):
      // Its own text is what the footnote check reads; keep it as it is.
      kept.append(node)
    case .link:
      var link = node
      link.children = prune(node.children)
      kept.append(link)
    default:
      let children = prune(node.children)
      if children.contains(where: { if case .heading(1) = $0.kind { true } else { false } }) {
        var container = node
        container.children = children
        kept.append(container)
      } else {
        kept.append(contentsOf: children)
      }
    }
  }
}
