import Mustache
import SiteTheme
import Testing

/// Every stored property of every view model is reachable by name from a template: the explicit
/// lookup that replaced reflection must not forget a field.
@Suite struct ViewModelLookupTests {
  static let link = LinkView(title: "t", href: "h", current: true, description: "d")
  static let cell = FactCell(
    owner: "shared", ownerLabel: "Shared", glyph: "◐", providerNote: "p", customerNote: "c",
    confidence: "disputed",
    claims: ["x"], citations: [link], disputes: [link], origin: "class", reason: "r", exception: "e")
  static let table = FactTable(
    caption: "c", rowHeader: "r", columns: ["Owner"],
    rows: [FactRow(id: "i", header: "h", href: "x", cells: [cell])])
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

  static let samples: [any MustacheParent & Sendable] = [
    context, context.site, context.page, link, entity, entity.properties[0], entity.positions[0], table,
    table.rows[0],
    cell, context.sidebar[0], context.toc[0], entity.checklist[0],
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
      #expect(sample.child(named: label) != nil, "\(type(of: sample)).\(label) is not visible to templates")
    }
  }
}
