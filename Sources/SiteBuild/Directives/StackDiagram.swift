import Dataset
import SiteTheme

/// The classic shared-responsibility picture: layers from users (top) to physical (bottom), one
/// column per class or service, each cell filled by its owner. The theme's `partials/stack-diagram`
/// draws it as inline SVG; the geometry is decided here, the colours only by the theme's CSS.
///
/// Every cell carries its owner in words and a glyph, shared cells are hatched, and changed cells
/// (with `highlightChanges`) get a heavy border and a "changed" tag, so the picture reads in
/// grayscale and for colour-blind readers; `<title>` and `<desc>` say the whole picture in text.
struct StackDiagram {
  let id: String
  let subjects: [EntityReference]
  let highlightChanges: Bool
  let caption: String?
  let context: DirectiveRenderer

  private let labelWidth = 132
  private let columnWidth = 138
  private let rowHeight = 42
  private let headerHeight = 48
  private let gap = 4
  private let legendHeight = 34
  private let legendStep = 116

  var view: StackDiagramView {
    let dataset = context.dataset
    let layers = dataset.layers
    let names = subjects.map { dataset.name(of: $0) ?? $0.id }
    let columns = subjects.enumerated().map { column, subject in
      StackColumnView(
        center: x(column) + columnWidth / 2, columnLabel: context.shortName(subject),
        sublabel: sublabel(subject))
    }
    var rowLabels: [StackRowView] = []
    var cells: [StackCellView] = []
    for (row, layer) in layers.enumerated() {
      let y = headerHeight + row * (rowHeight + gap)
      rowLabels.append(
        StackRowView(labelX: labelWidth - 8, labelY: y + rowHeight / 2 + 5, rowLabel: layer.name.value))
      let target = CellTarget.layer(layer.id.value)
      let first = subjects.first.flatMap { context.cell(of: $0, for: target) }?.owner.value
      for (column, subject) in subjects.enumerated() {
        guard let cell = context.cell(of: subject, for: target) else { continue }
        let owner = cell.owner.value
        let changed = highlightChanges && column > 0 && owner != first
        var tags: [String] = []
        if cell.confidence != .stated { tags.append(cell.confidence.rawValue) }
        if changed { tags.append("changed") }
        cells.append(
          StackCellView(
            x: x(column), y: y, cellWidth: columnWidth, cellHeight: rowHeight, owner: owner.rawValue,
            ownerLabel: OwnerStyle.label(owner), glyph: OwnerStyle.glyph(owner), isChanged: changed,
            cellHref: context.href(subject, anchor: EntityAnchors.row(target)),
            tags: tags.isEmpty ? nil : tags.joined(separator: " · ")))
      }
    }
    let legendY = headerHeight + layers.count * (rowHeight + gap) + 8
    let legend = [Owner.customer, .shared, .provider].enumerated().map { index, owner in
      StackLegendView(
        x: labelWidth + gap + index * legendStep, y: legendY, owner: owner.rawValue,
        ownerLabel: OwnerStyle.label(owner), glyph: OwnerStyle.glyph(owner))
    }
    return StackDiagramView(
      titleID: id + "-title", descID: id + "-desc", hatchID: id + "-hatch",
      width: max(labelWidth + subjects.count * (columnWidth + gap) + gap, labelWidth + gap + 3 * legendStep),
      height: headerHeight + layers.count * (rowHeight + gap) + legendHeight,
      title: caption ?? "Who secures each layer: " + names.joined(separator: ", "),
      desc: description(layers: layers, names: names), columnLabels: columns, rowLabels: rowLabels,
      cells: cells, legend: legend)
  }

  private func x(_ column: Int) -> Int { labelWidth + gap + column * (columnWidth + gap) }

  /// Under a column's name: a class's full name (its model is the name), a service's class.
  private func sublabel(_ subject: EntityReference) -> String? {
    let dataset = context.dataset
    if subject.kind == .serviceClass, let serviceClass = dataset.serviceClass(subject.id),
      serviceClass.kind != .baseline
    {
      return serviceClass.name.value
    }
    if subject.kind == .service, let service = dataset.service(subject.id) {
      return dataset.serviceClass(service.classID.value)?.model ?? service.classID.value
    }
    return nil
  }

  /// The picture in words, for screen readers and text-only readers.
  private func description(layers: [Layer], names: [String]) -> String {
    layers.map { layer in
      let owners = zip(subjects, names).map { subject, name in
        let owner =
          context.cell(of: subject, for: .layer(layer.id.value)).map { OwnerStyle.label($0.owner.value) }
          ?? "none"
        return "\(owner.lowercased()) under \(name)"
      }
      return "\(layer.name.value): " + owners.joined(separator: ", ")
    }.joined(separator: ". ") + "."
  }
}
