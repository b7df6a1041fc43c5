/// A generated table of ownership facts: one row per layer, control or class.
public struct FactTable: Equatable, Sendable {
  public var caption: String
  /// Header of the first column, then of the rest.
  public var rowHeader: String
  public var columns: [String]
  public var rows: [FactRow]

  public init(caption: String, rowHeader: String, columns: [String], rows: [FactRow]) {
    self.caption = caption
    self.rowHeader = rowHeader
    self.columns = columns
    self.rows = rows
  }
}
