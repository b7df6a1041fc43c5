import Dataset
import SiteTheme

/// A `list` directive: the entities of one kind that pass its filters, as links with summaries or
/// as a table whose columns suit the kind.
struct EntityList {
  let query: ListQuery
  let context: DirectiveRenderer

  private var dataset: Dataset { context.dataset }

  var view: EntityListView {
    let references = matches()
    if query.asTable {
      let entities = references.compactMap { dataset.entity($0) as? any ListedEntity }
      return EntityListView(
        headers: entities.first.map { type(of: $0).columnHeaders } ?? [],
        tableRows: entities.map {
          ListRowView(entityPart: context.part($0.reference), cells: $0.columns(in: self))
        })
    }
    return EntityListView(
      items: references.map { reference in
        ListItemView(
          itemTitle: dataset.name(of: reference) ?? reference.id, itemHref: context.href(reference),
          itemSummary: dataset.summary(of: reference))
      })
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
}
