/// A position in Markdown source as cmark reports it: 1-based line, 1-based byte column.
public struct MarkdownPoint: Hashable, Sendable, Comparable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: MarkdownPoint, rhs: MarkdownPoint) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
