/// A position in Markdown source as cmark reports it: 1-based line, 1-based byte column.
public struct MarkdownPoint: Hashable, Sendable, Comparable {
  // 32 bits each: every node of every page carries one.
  private var storedLine: Int32
  private var storedColumn: Int32

  public var line: Int {
    get { Int(storedLine) }
    set { storedLine = Int32(clamping: newValue) }
  }

  public var column: Int {
    get { Int(storedColumn) }
    set { storedColumn = Int32(clamping: newValue) }
  }

  public init(line: Int, column: Int) {
    self.storedLine = Int32(clamping: line)
    self.storedColumn = Int32(clamping: column)
  }

  public static func < (lhs: MarkdownPoint, rhs: MarkdownPoint) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
