import Dataset
import SiteTheme

/// A table of owners: one row per layer or control, one column per class or service.
///
/// Each cell names its owner in words with a glyph, links to the row that explains it on the
/// subject's page, carries `inferred`/`disputed` badges, spells out the other claims of a disputed
/// cell, and cites its sources as numbered footnotes under the table.
struct OwnershipTable {
  let id: String
  let caption: String
  let rowGroups: [(String, [CellTarget])]
  let subjects: [EntityReference]
  let context: DirectiveRenderer

  var view: OwnerTableView {
    var footnotes = Footnotes(prefix: id, context: context)
    let groups = rowGroups.filter { !$0.1.isEmpty }.map { title, targets in
      RowGroupView(
        groupTitle: rowGroups.count > 1 ? title : nil,
        rows: targets.map { target in
          OwnerRowView(
            header: context.targetName(target), headerHref: context.href(target.reference),
            cells: subjects.map { subject in
              context.cell(of: subject, for: target).map {
                CompactOwnerCell(subject: subject, target: target, context: context).view(
                  $0, footnotes: &footnotes)
              } ?? .missing
            })
        })
    }
    return OwnerTableView(
      tableID: id, tableClass: "ownership", caption: caption, rowHeader: "Responsibility",
      columns: subjects.map { context.column($0) }, groups: groups, footnotes: footnotes.views)
  }
}
