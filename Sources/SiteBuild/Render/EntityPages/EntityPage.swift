import Dataset
import SiteTheme

/// What an entity's page shows beyond its name and summary, decided by the entity's own type: each
/// kind adopts this protocol in its own file, so no code switches on the kind to build a page.
protocol EntityPage: Entity {
  /// The page's facts: label/value lines, tables of cells, a dispute's positions, a checklist.
  func content(in page: EntityViewBuilder) -> EntityPageContent
  /// Words the search should find the page by besides its title: aliases, long names, types.
  func searchKeywords(in dataset: Dataset) -> [String]
  /// The ids of the rows of the page's tables, which links can point at (`service:rds#layer-network`).
  func anchors(in dataset: Dataset) -> Set<String>
}

extension EntityPage {
  func searchKeywords(in dataset: Dataset) -> [String] { [] }
  func anchors(in dataset: Dataset) -> Set<String> { [] }
}

/// The parts of ``EntityView`` that differ from kind to kind.
struct EntityPageContent {
  var properties: [PropertyView] = []
  var tables: [OwnerTableView] = []
  var positions: [PositionView] = []
  var checklist: [ChecklistItemView] = []
}

extension Dataset {
  /// The entity a reference names, as something a page can be built for.
  func page(_ reference: EntityReference) -> (any EntityPage)? { entity(reference) as? any EntityPage }
}
