/// A point in a source file, as the user's editor would show it.
///
/// `file` is relative to the site root (for example `Content/data/classes/container.yaml`) so that
/// diagnostics and goldens read the same on every machine. `line` and `column` are 1-based; a column
/// counts Unicode scalars for YAML (libyaml's unit) and bytes for Markdown (cmark's unit), which agree
/// on ASCII text.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int

  public init(file: String, line: Int = 1, column: Int = 1) {
    self.file = file
    self.line = line
    self.column = column
  }

  public var description: String { "\(file):\(line):\(column)" }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
  }
}
