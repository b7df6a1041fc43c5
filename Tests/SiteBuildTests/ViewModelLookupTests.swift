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
    positions: [PositionView(claim: "c", citations: [link])], backlinks: [link])
  static let context = PageContext(
    site: SiteView(title: "t", description: "d", language: "en"),
    page: PageView(
      title: "t", description: "d", bodyHTML: "b", path: "p", root: "", template: "page", canonicalURL: "u"),
    nav: [link], breadcrumbs: [link], entity: entity, children: [link], content: "c")

  static let samples: [any MustacheParent & Sendable] = [
    context, context.site, context.page, link, entity, entity.properties[0], entity.positions[0], table,
    table.rows[0],
    cell,
  ]

  @Test(arguments: 0..<samples.count)
  func everyStoredPropertyIsVisibleToTemplates(_ index: Int) {
    let sample = Self.samples[index]
    let labels = Mirror(reflecting: sample).children.compactMap(\.label)
    #expect(!labels.isEmpty)
    for label in labels {
      #expect(sample.child(named: label) != nil, "\(type(of: sample)).\(label) is not visible to templates")
    }
  }
}
