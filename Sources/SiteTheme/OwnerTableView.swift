/// A table of owner cells: one row per layer, control or class, one column per subject. An entity
/// page's facts tables, the matrix and comparisons, and a diff's table are all this, drawn by
/// `partials/owner-table`.
public struct OwnerTableView: Equatable, Sendable {
  /// The table's element id (the directive's figure), or nil.
  public var tableID: String?
  /// `ownership`, `ownership diff` or `facts-table`, for the theme's CSS.
  public var tableClass: String
  public var caption: String
  /// The header of the first column ("Responsibility", "Layer", "Class").
  public var rowHeader: String
  public var columns: [ColumnView]
  public var groups: [RowGroupView]
  /// Shown as the only row when no row has cells.
  public var emptyMessage: String?
  public var hasNoRows: Bool
  /// The columns a full-width row spans.
  public var columnCount: Int
  public var footnotes: [FootnoteView]
  public var hasFootnotes: Bool

  public init(
    tableID: String? = nil, tableClass: String, caption: String, rowHeader: String, columns: [ColumnView],
    groups: [RowGroupView], emptyMessage: String? = nil, footnotes: [FootnoteView] = []
  ) {
    self.tableID = tableID
    self.tableClass = tableClass
    self.caption = caption
    self.rowHeader = rowHeader
    self.columns = columns
    self.groups = groups
    self.emptyMessage = emptyMessage
    self.hasNoRows = groups.allSatisfy(\.rows.isEmpty)
    self.columnCount = columns.count + 1
    self.footnotes = footnotes
    self.hasFootnotes = !footnotes.isEmpty
  }
}

/// A column header, linked to its subject's page when it has one.
public struct ColumnView: Equatable, Sendable {
  public var columnTitle: String
  public var columnHref: String?

  public init(columnTitle: String, columnHref: String? = nil) {
    self.columnTitle = columnTitle
    self.columnHref = columnHref
  }
}

/// Rows under one heading ("Layers", "Controls"); the heading is shown only when a table has more
/// than one group.
public struct RowGroupView: Equatable, Sendable {
  public var groupTitle: String?
  public var rows: [OwnerRowView]

  public init(groupTitle: String?, rows: [OwnerRowView]) {
    self.groupTitle = groupTitle
    self.rows = rows
  }
}

/// One row: its header (a layer, control or class) and a cell per column.
public struct OwnerRowView: Equatable, Sendable {
  /// The row's anchor, so links can point at one fact (`#layer-network`).
  public var rowID: String?
  public var header: String
  public var headerHref: String?
  public var cells: [OwnerCellView]
  /// A diff's last column: what the change means, in words.
  public var change: String?

  public init(
    rowID: String? = nil, header: String, headerHref: String?, cells: [OwnerCellView], change: String? = nil
  ) {
    self.rowID = rowID
    self.header = header
    self.headerHref = headerHref
    self.cells = cells
    self.change = change
  }
}

/// One numbered citation under a compact table.
public struct FootnoteView: Equatable, Sendable {
  public var footnoteID: String
  /// The citation as written (`aws-srm#overview`).
  public var label: String
  /// The source's page.
  public var labelHref: String?
  /// The source's title.
  public var sourceTitle: String

  public init(footnoteID: String, label: String, labelHref: String?, sourceTitle: String) {
    self.footnoteID = footnoteID
    self.label = label
    self.labelHref = labelHref
    self.sourceTitle = sourceTitle
  }
}
