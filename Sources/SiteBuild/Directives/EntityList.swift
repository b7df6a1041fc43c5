import Dataset
import Markdown

/// A `list` directive: the entities of one kind that pass its filters, as links with summaries or
/// as a table whose columns suit the kind.
struct EntityList {
  let query: ListQuery
  let context: DirectiveRenderer

  private var dataset: Dataset { context.dataset }

  var html: String {
    let references = matches()
    guard !references.isEmpty else { return "<p class=\"entity-list empty\">Nothing matches.</p>\n" }
    if query.asTable { return table(references) }
    var out = "<ul class=\"entity-list\">\n"
    for reference in references {
      out += "<li>\(context.link(reference))"
      if let summary = dataset.summary(of: reference) {
        out += " <span class=\"description\">\(HTMLEscaping.escape(summary))</span>"
      }
      out += "</li>\n"
    }
    return out + "</ul>\n"
  }

  /// The entities that pass every filter, in the dataset's order.
  func matches() -> [EntityReference] {
    dataset.ids(of: query.kind).map { EntityReference(kind: query.kind, id: $0) }.filter { reference in
      switch reference.kind {
      case .service:
        guard let service = dataset.service(reference.id) else { return false }
        return (query.classID.map { $0 == service.classID.value } ?? true)
          && (query.confidence.map { $0 == service.confidence } ?? true)
      case .control:
        guard let control = dataset.control(reference.id) else { return false }
        return (query.controlType.map { $0 == control.type } ?? true) && ownerMatches(.control(reference.id))
      case .layer:
        return ownerMatches(.layer(reference.id))
      case .dispute:
        return query.disputeKind.map { $0 == dataset.dispute(reference.id)?.kind } ?? true
      case .serviceClass, .tool, .source:
        return true
      }
    }
  }

  private func ownerMatches(_ target: CellTarget) -> Bool {
    guard let owner = query.owner, let classID = query.classID else { return true }
    return dataset.cell(class: classID, target: target)?.owner.value == owner
  }

  private func table(_ references: [EntityReference]) -> String {
    let (headers, row) = columns()
    var out = "<div class=\"table-scroll\">\n<table class=\"entity-table\">\n<thead>\n<tr>"
    out += headers.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr>\n</thead>\n<tbody>\n"
    for reference in references {
      let cells = row(reference)
      out += "<tr><th scope=\"row\">\(context.link(reference))</th>"
      out += cells.map { "<td>\($0)</td>" }.joined() + "</tr>\n"
    }
    return out + "</tbody>\n</table>\n</div>\n"
  }

  /// Column headers (the first is the entity) and the HTML of a row's other cells.
  private func columns() -> ([String], (EntityReference) -> [String]) {
    let escape = HTMLEscaping.escape
    switch query.kind {
    case .service:
      return (
        ["Service", "Class", "Confidence"],
        { reference in
          guard let service = dataset.service(reference.id) else { return ["", ""] }
          return [
            context.link(EntityReference(kind: .serviceClass, id: service.classID.value)),
            escape(service.confidence.rawValue),
          ]
        }
      )
    case .control:
      return (
        ["Control", "Type", "NIST SP 800-53", "Summary"],
        { reference in
          let control = dataset.control(reference.id)
          return [
            escape(control?.type?.rawValue ?? "varies by class"),
            escape(control.map(NISTMapping.ids)?.joined(separator: ", ") ?? ""),
            escape(control?.summary?.value ?? ""),
          ]
        }
      )
    case .dispute:
      return (
        ["Dispute", "Kind", "This handbook's reading", "Affects"],
        { reference in
          guard let dispute = dataset.dispute(reference.id) else { return ["", "", ""] }
          return [
            escape(dispute.kind.rawValue), escape(dispute.resolution?.value ?? ""),
            dispute.affects.map { context.link($0.value) }.joined(separator: ", "),
          ]
        }
      )
    case .source:
      return (
        ["Source", "Publisher", "Kind", "Reliability"],
        { reference in
          let source = dataset.source(reference.id)
          return [
            escape(source?.publisher ?? ""), escape(source?.kind?.rawValue ?? ""),
            escape(source?.reliability?.rawValue ?? ""),
          ]
        }
      )
    case .layer, .serviceClass, .tool:
      return (["Name", "Summary"], { [escape(dataset.summary(of: $0) ?? "")] })
    }
  }
}
