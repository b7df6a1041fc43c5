/// One node of a parsed Markdown document, as a plain Swift value.
///
/// The tree is copied out of cmark and the C tree is freed at once, so no C pointer outlives the
/// parse and the document is `Sendable`, readable from any thread. Later stages never change the
/// tree: new link destinations and heading ids go to the renderer as ``HTMLRenderer/Rewrites``.
public struct MarkdownNode: Hashable, Sendable {
  /// The CommonMark node kinds, with the data each one carries (the cases with two strings are
  /// boxed, so a node stays small: every page's tree is held until the site is written), and the GitHub extensions demarc
  /// builds on cmark (``MarkdownExtensions``): tables, strikethrough, task-list markers, alerts.
  public enum Kind: Hashable, Sendable {
    case document
    case blockQuote
    case list(ordered: Bool, start: Int, tight: Bool)
    case item
    indirect case codeBlock(info: String, literal: String)
    case htmlBlock(String)
    case paragraph
    /// Ids are not part of the tree: they come from ``HTMLRenderer/Rewrites/headingIDs``.
    case heading(level: Int)
    case thematicBreak
    case text(String)
    case softBreak
    case lineBreak
    case code(String)
    case htmlInline(String)
    case emphasis
    case strong
    indirect case link(destination: String, title: String)
    indirect case image(source: String, title: String)
    /// A pipe table; its rows are ``tableRow``s, whose children are ``tableCell``s.
    case table(alignments: [TableAlignment])
    case tableRow(isHeader: Bool)
    case tableCell
    /// `~~text~~`.
    case strikethrough
    /// A list item that started with `[ ] ` or `[x] `: drawn with a disabled checkbox, the marker
    /// itself removed from its text.
    case taskItem(checked: Bool)
    /// A GitHub alert: a block quote that starts with `[!NOTE]`, `[!TIP]`, `[!IMPORTANT]`,
    /// `[!WARNING]` or `[!CAUTION]`.
    case alert(AlertKind)
  }

  public var kind: Kind
  public var children: [MarkdownNode]
  public var start: MarkdownPoint

  public init(_ kind: Kind, children: [MarkdownNode] = [], start: MarkdownPoint) {
    self.kind = kind
    self.children = children
    self.start = start
  }

  /// The node's text with all markup removed, as used for heading ids, titles and image alt text.
  public var plainText: String {
    var text = ""
    appendPlainText(to: &text)
    return text
  }

  private func appendPlainText(to text: inout String) {
    switch kind {
    case .text(let literal), .code(let literal): text += literal
    case .softBreak, .lineBreak: text += " "
    default: for index in children.indices { children[index].appendPlainText(to: &text) }
    }
  }

  /// Calls `visit` on this node and every descendant, parents before children, in document order.
  ///
  /// Children are reached by index, so each is read in place: `for child in children` copied every
  /// node out, retaining its text and its own children, and released them after (4 % of a build in
  /// the walks of every page's tree).
  public func forEach(_ visit: (MarkdownNode) throws -> Void) rethrows {
    try visit(self)
    for index in children.indices { try children[index].forEach(visit) }
  }
}
