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
    dataset.entities(of: query.kind).compactMap { $0 as? any ListedEntity }.filter {
      $0.passes(query, in: self)
    }
    .map(\.reference)
  }

  func ownerMatches(_ target: CellTarget) -> Bool {
    guard let owner = query.owner, let classID = query.classID else { return true }
    return dataset.cell(class: classID, target: target)?.owner.value == owner
  }

  private func table(_ references: [EntityReference]) -> String {
    let entities = references.compactMap { dataset.entity($0) as? any ListedEntity }
    let headers = entities.first.map { type(of: $0).columnHeaders } ?? []
    var out = "<div class=\"table-scroll\">\n<table class=\"entity-table\">\n<thead>\n<tr>"
    out += headers.map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr>\n</thead>\n<tbody>\n"
    for entity in entities {
      out += "<tr><th scope=\"row\">\(context.link(entity.reference))</th>"
      out += entity.columns(in: self).map { "<td>\($0)</td>" }.joined() + "</tr>\n"
    }
    return out + "</tbody>\n</table>\n</div>\n"
  }
}
