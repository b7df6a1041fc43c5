/// The stack diagram as values for `partials/stack-diagram`, which draws it as inline SVG.
///
/// The geometry (every x, y, width and height) is decided in Swift so a theme cannot break the
/// layout by accident; the theme decides the markup and, through CSS classes, every colour.
public struct StackDiagramView: Equatable, Sendable {
  public var titleID: String
  public var descID: String
  public var hatchID: String
  public var width: Int
  public var height: Int
  public var title: String
  /// The whole picture in words, for screen readers and text-only readers.
  public var desc: String
  public var columnLabels: [StackColumnView]
  public var rowLabels: [StackRowView]
  public var cells: [StackCellView]
  public var legend: [StackLegendView]

  public init(
    titleID: String, descID: String, hatchID: String, width: Int, height: Int, title: String, desc: String,
    columnLabels: [StackColumnView], rowLabels: [StackRowView], cells: [StackCellView],
    legend: [StackLegendView]
  ) {
    self.titleID = titleID
    self.descID = descID
    self.hatchID = hatchID
    self.width = width
    self.height = height
    self.title = title
    self.desc = desc
    self.columnLabels = columnLabels
    self.rowLabels = rowLabels
    self.cells = cells
    self.legend = legend
  }
}

/// A column's heading: the subject's short name and, under it, its class or model.
public struct StackColumnView: Equatable, Sendable {
  public var center: Int
  public var columnLabel: String
  public var sublabel: String?

  public init(center: Int, columnLabel: String, sublabel: String?) {
    self.center = center
    self.columnLabel = columnLabel
    self.sublabel = sublabel
  }
}

/// A layer's name at the left of its row.
public struct StackRowView: Equatable, Sendable {
  public var labelX: Int
  public var labelY: Int
  public var rowLabel: String

  public init(labelX: Int, labelY: Int, rowLabel: String) {
    self.labelX = labelX
    self.labelY = labelY
    self.rowLabel = rowLabel
  }
}

/// One cell: a box filled by its owner (hatched when shared), the owner in words, and its tags.
public struct StackCellView: Equatable, Sendable {
  public var x: Int
  public var y: Int
  public var cellWidth: Int
  public var cellHeight: Int
  public var owner: String
  public var ownerLabel: String
  public var glyph: String
  public var isShared: Bool
  /// Whether the owner differs from the first column's (when changes are highlighted).
  public var isChanged: Bool
  public var strokeWidth: Int
  /// The row that explains the cell, on its subject's page.
  public var cellHref: String?
  public var textX: Int
  public var textY: Int
  /// `inferred`, `disputed`, `changed`, joined with " · ".
  public var tags: String?
  public var tagY: Int

  public init(
    x: Int, y: Int, cellWidth: Int, cellHeight: Int, owner: String, ownerLabel: String, glyph: String,
    isChanged: Bool, cellHref: String?, tags: String?
  ) {
    self.x = x
    self.y = y
    self.cellWidth = cellWidth
    self.cellHeight = cellHeight
    self.owner = owner
    self.ownerLabel = ownerLabel
    self.glyph = glyph
    self.isShared = owner == "shared"
    self.isChanged = isChanged
    self.strokeWidth = isChanged ? 3 : 1
    self.cellHref = cellHref
    self.textX = x + 10
    self.textY = y + 18
    self.tags = tags
    self.tagY = y + 34
  }
}

/// One swatch of the legend under the picture.
public struct StackLegendView: Equatable, Sendable {
  public var x: Int
  public var y: Int
  public var owner: String
  public var ownerLabel: String
  public var glyph: String
  public var isShared: Bool
  public var textX: Int
  public var textY: Int

  public init(x: Int, y: Int, owner: String, ownerLabel: String, glyph: String) {
    self.x = x
    self.y = y
    self.owner = owner
    self.ownerLabel = ownerLabel
    self.glyph = glyph
    self.isShared = owner == "shared"
    self.textX = x + 22
    self.textY = y + 13
  }
}
