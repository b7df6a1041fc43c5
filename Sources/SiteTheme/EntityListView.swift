/// A `list` directive's result for `partials/entity-list`: links with summaries, or a table whose
/// columns suit the kind.
public struct EntityListView: Equatable, Sendable {
  public var isEmpty: Bool
  public var isTable: Bool
  public var items: [ListItemView]
  public var headers: [String]
  public var tableRows: [ListRowView]

  public init(items: [ListItemView]) {
    self.isEmpty = items.isEmpty
    self.isTable = false
    self.items = items
    self.headers = []
    self.tableRows = []
  }

  public init(headers: [String], tableRows: [ListRowView]) {
    self.isEmpty = tableRows.isEmpty
    self.isTable = true
    self.items = []
    self.headers = headers
    self.tableRows = tableRows
  }
}

/// One entity in a plain list.
public struct ListItemView: Equatable, Sendable {
  public var itemTitle: String
  public var itemHref: String?
  public var itemSummary: String?

  public init(itemTitle: String, itemHref: String?, itemSummary: String?) {
    self.itemTitle = itemTitle
    self.itemHref = itemHref
    self.itemSummary = itemSummary
  }
}

/// One entity in a list table: its name, then one cell per column.
public struct ListRowView: Equatable, Sendable {
  public var entityPart: TextPart
  public var cells: [ListCellView]

  public init(entityPart: TextPart, cells: [ListCellView]) {
    self.entityPart = entityPart
    self.cells = cells
  }
}

/// A list table's cell: text, links, or several of them separated by commas.
public struct ListCellView: Equatable, Sendable {
  public var parts: [TextPart]

  public init(parts: [TextPart]) { self.parts = parts }

  public init(text: String) { self.parts = [TextPart(text: text, partHref: nil, isFirstPart: true)] }
}

/// A piece of text, linked when it names something with a page.
public struct TextPart: Equatable, Sendable {
  public var text: String
  public var partHref: String?
  public var isFirstPart: Bool

  public init(text: String, partHref: String?, isFirstPart: Bool) {
    self.text = text
    self.partHref = partHref
    self.isFirstPart = isFirstPart
  }
}
