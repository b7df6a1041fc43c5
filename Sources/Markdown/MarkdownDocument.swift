/// A parsed Markdown page: its tree plus what the parser had to give up on.
public struct MarkdownDocument: Hashable, Sendable {
  public var root: MarkdownNode
  /// Where nesting went past ``MarkdownParser/maximumDepth`` and the rest was flattened to text.
  public var flattenedAt: [MarkdownPoint]

  public init(root: MarkdownNode, flattenedAt: [MarkdownPoint] = []) {
    self.root = root
    self.flattenedAt = flattenedAt
  }

  /// Every node of the document, in document order.
  public func forEach(_ visit: (MarkdownNode) throws -> Void) rethrows { try root.forEach(visit) }
}
