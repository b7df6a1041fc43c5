import Dataset
import Markdown
import SiteTheme

/// Turns directives into view models and has the theme draw them: ownership tables with footnoted
/// citations, entity lists, and the stack diagram as inline SVG (``Partial``).
///
/// The data decides here (which rows, which owner, which link); the theme's partials decide the
/// markup, and every string reaches them as a value that Mustache escapes. Owners are always
/// spelled out and marked with a glyph, so colour is never the only signal.
struct DirectiveRenderer {
  let dataset: Dataset
  let entityRoutes: [EntityReference: String]
  let theme: Theme
  /// Where the page's links point and what its ids are called.
  let addressing: PageAddressing

  /// - Parameter index: the directive's position on its page, which keeps element ids unique.
  func render(_ directive: Directive, index: Int) -> String { draw(view(directive, index: index)) }

  /// A page's directives in page order, each with its number (from 1), which makes its element
  /// ids unique on the page: the one numbering for the site and the one-page view.
  static func numbered(_ directives: [MarkdownPoint: Directive]) -> [(
    point: MarkdownPoint, directive: Directive, index: Int
  )] {
    directives.sorted { $0.key < $1.key }.enumerated().map { ($1.key, $1.value, $0 + 1) }
  }

  /// What the directive shows, as values.
  func view(_ directive: Directive, index: Int) -> DirectiveView {
    let id = addressing.id("dx-\(index)")
    switch directive {
    case .matrix(let rows, let classes, let caption):
      let subjects = classes.map { EntityReference(kind: .serviceClass, id: $0) }
      let title = caption ?? "Who secures what, by service class"
      return .table(
        OwnershipTable(id: id, caption: title, rowGroups: groups(rows), subjects: subjects, context: self)
          .view)
    case .compare(let subjects, let rows, let caption):
      let names = subjects.map { dataset.name(of: $0) ?? $0.id }.joined(separator: ", ")
      return .table(
        OwnershipTable(
          id: id, caption: caption ?? "Compared: \(names)", rowGroups: groups(rows), subjects: subjects,
          context: self
        ).view)
    case .diff(let from, let to, let rows, let caption):
      return .diff(DiffView(id: id, from: from, to: to, rows: rows, caption: caption, context: self).view)
    case .stack(let subjects, let highlight, let caption):
      return .stack(
        StackDiagram(id: id, subjects: subjects, highlightChanges: highlight, caption: caption, context: self)
          .view)
    case .list(let query):
      return .list(EntityList(query: query, context: self).view)
    }
  }

  /// The directive's HTML, as the theme's partial draws it.
  func draw(_ view: DirectiveView) -> String {
    switch view {
    case .table(let table): theme.render(.matrix, table)
    case .diff(let diff): theme.render(.diff, diff)
    case .stack(let stack): theme.render(.stackDiagram, stack)
    case .list(let list): theme.render(.entityList, list)
    }
  }

  private func groups(_ rows: RowSelection) -> [(String, [CellTarget])] {
    switch rows {
    case .layers: [("Layers", RowSelection.layers.targets(in: dataset))]
    case .controls: [("Controls", RowSelection.controls.targets(in: dataset))]
    case .all:
      [
        ("Layers", RowSelection.layers.targets(in: dataset)),
        ("Controls", RowSelection.controls.targets(in: dataset)),
      ]
    }
  }

  // MARK: Shared helpers

  /// The cell a class assigns, or a service's effective cell.
  func cell(of subject: EntityReference, for target: CellTarget) -> Cell? {
    dataset.cell(of: subject, for: target)
  }

  /// A link to an entity's page, optionally to one of its anchors; nil when it has no page.
  func href(_ reference: EntityReference, anchor: String? = nil) -> String? {
    entityRoutes[reference].map { addressing.link(to: $0, anchor: anchor) }
  }

  /// An entity's name (or `text`), linked to its page when it has one.
  func part(_ reference: EntityReference, text: String? = nil, isFirst: Bool = true) -> TextPart {
    TextPart(
      text: text ?? dataset.name(of: reference) ?? reference.id, partHref: href(reference),
      isFirstPart: isFirst)
  }

  /// A column header for a subject: its short name, linked to its page.
  func column(_ subject: EntityReference, text: String? = nil) -> ColumnView {
    ColumnView(columnTitle: text ?? shortName(subject), columnHref: href(subject))
  }

  /// A short column label: a class's model (IaaS...) or its name; a service's name.
  func shortName(_ subject: EntityReference) -> String {
    if subject.kind == .serviceClass, let serviceClass = dataset.serviceClass(subject.id) {
      return serviceClass.kind == .baseline
        ? serviceClass.name.value : (serviceClass.model ?? serviceClass.name.value)
    }
    return dataset.name(of: subject) ?? subject.id
  }

  func targetName(_ target: CellTarget) -> String { dataset.name(of: target.reference) ?? target.id }
}
