import Diagnostics

/// Every layer and control cell of one class.
public struct ClassAssignments: Hashable, Sendable {
  public var classID: Located<String>
  public var cells: [CellTarget: Cell]
  /// Every target the file names, including cells that failed to load, so that a broken cell is
  /// reported once (where it is broken) and not again as missing.
  public var declared: Set<CellTarget>
  /// The file the assignments came from, for "missing cell" diagnostics.
  public var location: SourceLocation
}
