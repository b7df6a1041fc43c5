import Diagnostics

/// What a cell describes: a layer of the stack or a control.
public enum CellTarget: Hashable, Sendable, Comparable {
  case layer(String)
  case control(String)

  public var id: String {
    switch self {
    case .layer(let id), .control(let id): id
    }
  }

  public var kindName: String {
    switch self {
    case .layer: "layer"
    case .control: "control"
    }
  }

  /// The layer or control the cell is about, as an entity.
  public var reference: EntityReference {
    switch self {
    case .layer(let id): EntityReference(kind: .layer, id: id)
    case .control(let id): EntityReference(kind: .control, id: id)
    }
  }
}
