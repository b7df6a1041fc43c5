import SiteTheme
import Templating
import Testing

/// Every stored property of every view model is reachable by name from a template: the explicit
/// lookup that replaced reflection must not forget a field.
@Suite struct ViewModelLookupTests {
  static let link = LinkView(title: "t", href: "h", current: true, description: "d")
  static let ref = FootnoteReference(number: 1, refHref: "#fn", isFirstRef: true)
  static let claim = ClaimView(claimOwner: "Provider", per: "x", claimRefs: [ref], isFirstClaim: true)
  static let cell = OwnerCellView(
    owner: "shared", ownerLabel: "Shared", glyph: "◐", confidence: .disputed, cellHref: "h",
    footnoteRefs: [ref],
    claims: [claim], providerNote: "p", customerNote: "c", reason: "r", exception: "e", origin: "class",
    citations: [link], disputes: [link])
  static let footnote = FootnoteView(footnoteID: "f", label: "l", labelHref: "h", sourceTitle: "t")
  static let table = OwnerTableView(
    tableID: "t", tableClass: "c", caption: "c", rowHeader: "r",
    columns: [ColumnView(columnTitle: "c", columnHref: "h")],
    groups: [
      RowGroupView(
        groupTitle: "g",
        rows: [OwnerRowView(rowID: "i", header: "h", headerHref: "x", cells: [cell], change: "c")])
    ], emptyMessage: "e", footnotes: [footnote])
  static let stack = StackDiagramView(
    titleID: "t", descID: "d", hatchID: "h", width: 1, height: 1, title: "t", desc: "d",
    columnLabels: [StackColumnView(center: 1, columnLabel: "c", sublabel: "s")],
    rowLabels: [StackRowView(labelX: 1, labelY: 1, rowLabel: "r")],
    cells: [
      StackCellView(
        x: 1, y: 1, cellWidth: 1, cellHeight: 1, owner: "shared", ownerLabel: "Shared", glyph: "◐",
        isChanged: true, cellHref: "h", tags: "t")
    ],
    legend: [StackLegendView(x: 1, y: 1, owner: "shared", ownerLabel: "Shared", glyph: "◐")])
  static let part = TextPart(text: "t", partHref: "h", isFirstPart: true)
  static let list = EntityListView(items: [ListItemView(itemTitle: "t", itemHref: "h", itemSummary: "s")])
  static let listTable = EntityListView(
    headers: ["h"], tableRows: [ListRowView(entityPart: part, cells: [ListCellView(parts: [part])])])
  static let diff = DiffFigureView(figureID: "f", stack: stack, table: table, summary: "s")
  static let entity = EntityView(
    kind: "service", kindLabel: "Service", id: "rds", name: "RDS", summary: "s",
    properties: [PropertyView(label: "l", value: "v", href: "h")], tables: [table],
    positions: [PositionView(claim: "c", citations: [link])], backlinks: [link],
    checklist: [
      ChecklistItemView(
        target: "t", href: "h", owner: "shared", ownerLabel: "Shared", duty: "d", citations: [link])
    ], matrixHref: "m")
  static let context = PageContext(
    site: SiteView(title: "t", description: "d", language: "en", onePageTitle: "one page"),
    page: PageView(
      title: "t", description: "d", bodyHTML: "b", path: "p", root: "", template: "page", canonicalURL: "u",
      baseHref: "/"),
    nav: [link], breadcrumbs: [link], entity: entity, children: [link],
    sidebar: [NavNode(title: "t", href: "h", current: true, open: true, isSection: false, children: [])],
    previous: link, next: link, toc: [TocEntry(title: "t", href: "#t", level: 3)], content: "c")

  static let samples: [any TemplateObject & Sendable] = [
    context, context.site, context.page, link, entity, entity.properties[0], entity.positions[0], table,
    table.groups[0], table.groups[0].rows[0], table.columns[0], cell, ref, claim, footnote, stack,
    stack.columnLabels[0], stack.rowLabels[0], stack.cells[0], stack.legend[0], part, list, list.items[0],
    listTable, listTable.tableRows[0], listTable.tableRows[0].cells[0], diff, context.sidebar[0],
    context.toc[0], entity.checklist[0],
  ]

  @Test(arguments: 0..<samples.count)
  func everyStoredPropertyIsVisibleToTemplates(_ index: Int) {
    let sample = Self.samples[index]
    // Lazily computed fields are stored as `…Provider` closures and exposed under their own name.
    let labels = Mirror(reflecting: sample).children.compactMap(\.label).map {
      $0.hasSuffix("Provider") ? String($0.dropLast("Provider".count)) : $0
    }
    #expect(!labels.isEmpty)
    for label in labels {
      #expect(sample.value(named: label) != nil, "\(type(of: sample)).\(label) is not visible to templates")
    }
  }
}
