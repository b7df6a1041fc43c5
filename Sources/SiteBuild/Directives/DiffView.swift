import Dataset
import SiteTheme

/// What changes between two services or classes: a side-by-side stack with the changes marked,
/// then a table of only the cells whose owner differs, saying to whom each one moves.
struct DiffView {
  let id: String
  let from: EntityReference
  let to: EntityReference
  let rows: RowSelection
  let caption: String?
  let context: DirectiveRenderer

  var view: DiffFigureView {
    let fromName = context.dataset.name(of: from) ?? from.id
    let toName = context.dataset.name(of: to) ?? to.id
    let stack =
      rows == .controls
      ? nil
      : StackDiagram(
        id: id + "-stack", subjects: [from, to], highlightChanges: true,
        caption: "\(fromName) and \(toName), layer by layer", context: context
      ).view
    var footnotes = Footnotes(prefix: id, context: context)
    var changed: [OwnerRowView] = []
    var unchanged = 0
    for target in rows.targets(in: context.dataset) {
      guard let before = context.cell(of: from, for: target), let after = context.cell(of: to, for: target)
      else { continue }
      guard before.owner.value != after.owner.value else {
        unchanged += 1
        continue
      }
      let cells = [(before, from), (after, to)].map { cell, subject in
        CompactOwnerCell(subject: subject, target: target, context: context, showsClaims: false)
          .view(cell, footnotes: &footnotes)
      }
      changed.append(
        OwnerRowView(
          header: context.targetName(target), headerHref: context.href(target.reference), cells: cells,
          change: Self.describe(from: before.owner.value, to: after.owner.value)))
    }
    let table = OwnerTableView(
      tableClass: "ownership diff", caption: caption ?? "From \(fromName) to \(toName): what changes hands",
      rowHeader: "Responsibility",
      columns: [
        context.column(from, text: fromName), context.column(to, text: toName),
        ColumnView(columnTitle: "Change"),
      ],
      groups: changed.isEmpty ? [] : [RowGroupView(groupTitle: nil, rows: changed)],
      emptyMessage: "No responsibility changes owner.", footnotes: footnotes.views)
    let summary =
      "\(changed.count) of \(changed.count + unchanged) responsibilities change owner; the rest stay where they are."
    return DiffFigureView(figureID: id, stack: stack, table: table, summary: summary)
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
