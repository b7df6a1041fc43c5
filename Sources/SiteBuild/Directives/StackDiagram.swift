import Dataset
import Markdown

/// The classic shared-responsibility picture as inline SVG: layers from users (top) to physical
/// (bottom), one column per class or service, each cell filled by its owner.
///
/// Every cell carries its owner in words and a glyph, shared cells are hatched, and changed cells
/// (with `highlightChanges`) get a heavy border and a "changed" tag, so the picture reads in
/// grayscale and for colour-blind readers. Colours are presentation attributes that a theme's CSS
/// overrides (dark mode); `<title>` and `<desc>` describe the whole picture in text. No script.
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

  var svg: String {
    let layers = context.dataset.layers
    let width = max(
      labelWidth + subjects.count * (columnWidth + gap) + gap, labelWidth + gap + 3 * legendStep)
    let height = headerHeight + layers.count * (rowHeight + gap) + legendHeight
    let names = subjects.map { context.dataset.name(of: $0) ?? $0.id }
    let title = caption ?? "Who secures each layer: " + names.joined(separator: ", ")
    var out = "<figure class=\"stack-figure\">\n"
    out +=
      "<svg class=\"stack-diagram\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" "
    out += "width=\"\(width)\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" "
    out += "font-family=\"system-ui, sans-serif\" font-size=\"13\">\n"
    out += "<title id=\"\(id)-title\">\(HTMLEscaping.escape(title))</title>\n"
    out +=
      "<desc id=\"\(id)-desc\">\(HTMLEscaping.escape(description(layers: layers, names: names)))</desc>\n"
    out += "<defs><pattern id=\"\(id)-hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" "
    out += "patternTransform=\"rotate(45)\"><rect class=\"hatch\" width=\"3\" height=\"8\" "
    out += "fill-opacity=\"0.25\"/></pattern></defs>\n"
    for (column, subject) in subjects.enumerated() {
      let x = labelWidth + gap + column * (columnWidth + gap)
      let center = x + columnWidth / 2
      out +=
        "<text class=\"column-label\" x=\"\(center)\" y=\"20\" text-anchor=\"middle\" font-weight=\"700\" "
      out += ">\(HTMLEscaping.escape(context.shortName(subject)))</text>\n"
      if subject.kind == .serviceClass, let serviceClass = context.dataset.serviceClass(subject.id),
        serviceClass.kind != .baseline
      {
        out +=
          "<text class=\"column-sublabel\" x=\"\(center)\" y=\"38\" text-anchor=\"middle\" font-size=\"11\" "
        out += ">\(HTMLEscaping.escape(serviceClass.name.value))</text>\n"
      } else if subject.kind == .service, let service = context.dataset.service(subject.id) {
        let className = context.dataset.serviceClass(service.classID.value)?.model ?? service.classID.value
        out +=
          "<text class=\"column-sublabel\" x=\"\(center)\" y=\"38\" text-anchor=\"middle\" font-size=\"11\" "
        out += ">\(HTMLEscaping.escape(className))</text>\n"
      }
    }
    for (row, layer) in layers.enumerated() {
      let y = headerHeight + row * (rowHeight + gap)
      out +=
        "<text class=\"row-label\" x=\"\(labelWidth - 8)\" y=\"\(y + rowHeight / 2 + 5)\" text-anchor=\"end\" "
      out += ">\(HTMLEscaping.escape(layer.name.value))</text>\n"
      let target = CellTarget.layer(layer.id.value)
      let first = subjects.first.flatMap { context.cell(of: $0, for: target) }?.owner.value
      for (column, subject) in subjects.enumerated() {
        let x = labelWidth + gap + column * (columnWidth + gap)
        guard let cell = context.cell(of: subject, for: target) else { continue }
        let changed = highlightChanges && column > 0 && cell.owner.value != first
        out += cellSVG(
          cell, x: x, y: y, changed: changed, link: context.href(subject, anchor: EntityAnchors.row(target)))
      }
    }
    out += legend(y: headerHeight + layers.count * (rowHeight + gap) + 8)
    out += "</svg>\n</figure>\n"
    return out
  }

  private func cellSVG(_ cell: Cell, x: Int, y: Int, changed: Bool, link: String?) -> String {
    let owner = cell.owner.value
    var out = link.map { "<a href=\"\(HTMLEscaping.escape($0))\">" } ?? ""
    out += "<rect class=\"cell owner-\(owner.rawValue)\(changed ? " changed" : "")\" x=\"\(x)\" y=\"\(y)\" "
    out += "width=\"\(columnWidth)\" height=\"\(rowHeight)\" rx=\"4\" "
    out += "stroke-width=\"\(changed ? 3 : 1)\"/>\n"
    if owner == .shared {
      out +=
        "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(columnWidth)\" height=\"\(rowHeight)\" rx=\"4\" fill=\"url(#\(id)-hatch)\"/>\n"
    }
    let label = "\(OwnerStyle.glyph(owner)) \(OwnerStyle.label(owner))"
    out += "<text class=\"cell-label\" x=\"\(x + 10)\" y=\"\(y + 18)\" font-weight=\"600\">"
    out += HTMLEscaping.escape(label) + "</text>\n"
    var tags: [String] = []
    if cell.confidence != .stated { tags.append(cell.confidence.rawValue) }
    if changed { tags.append("changed") }
    if !tags.isEmpty {
      out += "<text class=\"cell-tag\" x=\"\(x + 10)\" y=\"\(y + 34)\" font-size=\"11\">"
      out += tags.joined(separator: " · ") + "</text>\n"
    }
    return out + (link == nil ? "" : "</a>\n")
  }

  private func legend(y: Int) -> String {
    var out = ""
    var x = labelWidth + gap
    for owner in [Owner.customer, .shared, .provider] {
      out +=
        "<rect class=\"cell owner-\(owner.rawValue)\" x=\"\(x)\" y=\"\(y)\" width=\"16\" height=\"16\" rx=\"3\" "
      out += "/>\n"
      if owner == .shared {
        out +=
          "<rect x=\"\(x)\" y=\"\(y)\" width=\"16\" height=\"16\" rx=\"3\" fill=\"url(#\(id)-hatch)\"/>\n"
      }
      out += "<text class=\"legend-label\" x=\"\(x + 22)\" y=\"\(y + 13)\" font-size=\"12\">"
      out += "\(OwnerStyle.glyph(owner)) \(OwnerStyle.label(owner))</text>\n"
      x += legendStep
    }
    return out
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
