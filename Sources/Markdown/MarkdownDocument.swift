/// A parsed Markdown page: its tree plus what the parser had to give up on.
public struct MarkdownDocument: Hashable, Sendable {
  public var root: MarkdownNode
  /// Where nesting went past ``MarkdownParser/maximumDepth`` and the rest was flattened to text.
  public var flattenedAt: [MarkdownPoint]

  public init(root: MarkdownNode, flattenedAt: [MarkdownPoint] = []) {
    self.root = root
    self.flattenedAt = flattenedAt
  }

  /// The text of the first level-1 heading at the top level, the page's own title when it has one.
  public var titleHeading: String? {
    for node in root.children {
      if case .heading(1) = node.kind { return node.plainText }
    }
    return nil
  }

  /// True when the document has a top-level level-1 heading.
  public var hasTitleHeading: Bool { titleHeading != nil }

  /// Every node of the document, in document order.
  public func forEach(_ visit: (MarkdownNode) throws -> Void) rethrows { try root.forEach(visit) }
}
