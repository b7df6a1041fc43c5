import Dataset
import Markdown

/// Draws directives as HTML: ownership tables with footnoted citations, entity lists, and the
/// stack diagram as inline SVG.
///
/// Everything here is generated from the dataset and escaped with cmark's rules. The markup uses
/// stable class names (`ownership`, `owner-customer`, `stack-diagram`...) that themes style; owners
/// are always spelled out and marked with a glyph, so colour is never the only signal.
struct DirectiveRenderer {
  let dataset: Dataset
  let entityRoutes: [EntityReference: String]
  /// The page being rendered; every href is relative to it.
  let pagePath: String

  /// - Parameter index: the directive's position on its page, which keeps element ids unique.
  func render(_ directive: Directive, index: Int) -> String {
    let id = "dx-\(index)"
    switch directive {
    case .matrix(let rows, let classes, let caption):
      let subjects = classes.map { EntityReference(kind: .serviceClass, id: $0) }
      let title = caption ?? "Who secures what, by service class"
      return OwnershipTable(
        id: id, caption: title, rowGroups: groups(rows), subjects: subjects, context: self
      ).html
    case .compare(let subjects, let rows, let caption):
      let names = subjects.map { dataset.name(of: $0) ?? $0.id }.joined(separator: ", ")
      return OwnershipTable(
        id: id, caption: caption ?? "Compared: \(names)", rowGroups: groups(rows), subjects: subjects,
        context: self
      ).html
    case .diff(let from, let to, let rows, let caption):
      return DiffView(id: id, from: from, to: to, rows: rows, caption: caption, context: self).html
    case .stack(let subjects, let highlight, let caption):
      return StackDiagram(
        id: id, subjects: subjects, highlightChanges: highlight, caption: caption, context: self
      ).svg
    case .list(let query):
      return EntityList(query: query, context: self).html
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

  /// A relative link to an entity's page, optionally to one of its anchors.
  func href(_ reference: EntityReference, anchor: String? = nil) -> String? {
    guard let route = entityRoutes[reference] else { return nil }
    return SitePath.relativeLink(from: pagePath, to: route) + (anchor.map { "#\($0)" } ?? "")
  }

  func link(_ reference: EntityReference, text: String? = nil, anchor: String? = nil) -> String {
    let label = HTMLEscaping.escape(text ?? dataset.name(of: reference) ?? reference.id)
    guard let href = href(reference, anchor: anchor) else { return label }
    return "<a href=\"\(HTMLEscaping.escape(href))\">\(label)</a>"
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
