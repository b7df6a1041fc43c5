import Dataset

/// A generated table or diagram placed in a page with a fenced code block whose info string is
/// `demarc <kind>` and whose body is a small YAML mapping. Parsed and checked in the resolve stage,
/// drawn in the render stage.
public enum Directive: Hashable, Sendable {
  /// Layers and/or controls (rows) × classes (columns).
  case matrix(rows: RowSelection, classes: [String], caption: String?)
  /// Two or more services or classes side by side.
  case compare(subjects: [EntityReference], rows: RowSelection, caption: String?)
  /// What changes between two services or classes: only the cells whose owner differs.
  case diff(from: EntityReference, to: EntityReference, rows: RowSelection, caption: String?)
  /// The layered stack diagram, one column per class or service; with `highlightChanges`, cells
  /// that differ from the first column are marked.
  case stack(subjects: [EntityReference], highlightChanges: Bool, caption: String?)
  /// Entities of one kind, filtered.
  case list(ListQuery)

  /// Every entity the directive mentions, for backlinks.
  public var references: [EntityReference] {
    switch self {
    case .matrix(_, let classes, _): classes.map { EntityReference(kind: .serviceClass, id: $0) }
    case .compare(let subjects, _, _), .stack(let subjects, _, _): subjects
    case .diff(let from, let to, _, _): [from, to]
    case .list(let query): query.classID.map { [EntityReference(kind: .serviceClass, id: $0)] } ?? []
    }
  }
}
