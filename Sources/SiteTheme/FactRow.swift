/// One row of a fact table: a layer, control or class, and its owner cell.
public struct FactRow: Equatable, Sendable {
  /// The row's anchor, so links can point at one fact (`#layer-network`).
  public var id: String
  public var header: String
  public var href: String?
  public var cells: [FactCell]

  public init(id: String, header: String, href: String?, cells: [FactCell]) {
    self.id = id
    self.header = header
    self.href = href
    self.cells = cells
  }
}
