import Dataset
import Markdown

/// What changes between two services or classes: a side-by-side stack with the changes marked,
/// then a table of only the cells whose owner differs, saying to whom each one moves.
struct DiffView {
  let id: String
  let from: EntityReference
  let to: EntityReference
  let rows: RowSelection
  let caption: String?
  let context: DirectiveRenderer

  var html: String {
    let fromName = context.dataset.name(of: from) ?? from.id
    let toName = context.dataset.name(of: to) ?? to.id
    let title = caption ?? "From \(fromName) to \(toName): what changes hands"
    var out = "<figure class=\"demarc-diff\" id=\"\(id)\">\n"
    if rows != .controls {
      out +=
        StackDiagram(
          id: id + "-stack", subjects: [from, to], highlightChanges: true,
          caption: "\(fromName) and \(toName), layer by layer",
          context: context
        ).svg
    }
    var footnotes = Footnotes(prefix: id, context: context)
    var changed: [String] = []
    var unchanged = 0
    for target in rows.targets(in: context.dataset) {
      guard let before = context.cell(of: from, for: target), let after = context.cell(of: to, for: target)
      else { continue }
      guard before.owner.value != after.owner.value else {
        unchanged += 1
        continue
      }
      var row =
        "<tr><th scope=\"row\">\(context.link(target.reference, text: context.targetName(target)))</th>"
      row += ownerCell(before, subject: from, target: target, footnotes: &footnotes)
      row += ownerCell(after, subject: to, target: target, footnotes: &footnotes)
      row +=
        "<td class=\"change\">\(Self.describe(from: before.owner.value, to: after.owner.value))</td></tr>\n"
      changed.append(row)
    }
    out +=
      "<div class=\"table-scroll\">\n<table class=\"ownership diff\">\n<caption>\(HTMLEscaping.escape(title))</caption>\n"
    out += "<thead>\n<tr><th scope=\"col\">Responsibility</th><th scope=\"col\">\(context.link(from))</th>"
    out += "<th scope=\"col\">\(context.link(to))</th><th scope=\"col\">Change</th></tr>\n</thead>\n<tbody>\n"
    if changed.isEmpty {
      out += "<tr><td colspan=\"4\">No responsibility changes owner.</td></tr>\n"
    }
    out += changed.joined() + "</tbody>\n</table>\n</div>\n"
    out +=
      "<p class=\"diff-summary\">\(changed.count) of \(changed.count + unchanged) responsibilities change owner; "
    out += "the rest stay where they are.</p>\n"
    return out + footnotes.html + "</figure>\n"
  }

  private func ownerCell(
    _ cell: Cell, subject: EntityReference, target: CellTarget, footnotes: inout Footnotes
  ) -> String {
    CompactOwnerCell(subject: subject, target: target, context: context, showsClaims: false)
      .html(cell, footnotes: &footnotes)
  }

  /// "Moves to the provider", "Becomes shared"... in plain words.
  static func describe(from: Owner, to: Owner) -> String {
    switch (from, to) {
    case (_, .provider): "Moves to the provider"
    case (_, .customer): "Moves to the customer"
    case (_, .shared):
      from == .customer
        ? "Becomes shared: the provider takes part" : "Becomes shared: the customer takes part"
    case (_, .notApplicable): "No longer applies"
    }
  }
}
