/// A `diff` directive for `partials/diff`: the two stacks side by side with the changes marked
/// (unless only controls are compared), the table of cells that change owner, and a summary line.
public struct DiffFigureView: Equatable, Sendable {
  public var figureID: String
  public var stack: StackDiagramView?
  public var table: OwnerTableView
  /// "3 of 9 responsibilities change owner; …".
  public var summary: String

  public init(figureID: String, stack: StackDiagramView?, table: OwnerTableView, summary: String) {
    self.figureID = figureID
    self.stack = stack
    self.table = table
    self.summary = summary
  }
}
