import Diagnostics

/// A service's cell and whether it came from the service's own override or its class.
public struct EffectiveCell: Hashable, Sendable {
  public enum Origin: String, Hashable, Sendable {
    case serviceClass = "class"
    case service
  }

  public var cell: Cell
  public var origin: Origin

  public init(cell: Cell, origin: Origin) {
    self.cell = cell
    self.origin = origin
  }
}
