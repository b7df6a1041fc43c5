import Dataset

/// The fixed anchors an entity page carries besides its headings, so links and generated tables
/// can point into it (`service:rds#layer-network`).
enum EntityAnchors {
  static let facts = "facts"
  static let backlinks = "referenced-by"
  /// A service page's "What you must do" list.
  static let checklist = "what-you-must-do"

  /// The id of the row explaining one layer or control on an entity page.
  static func row(_ target: CellTarget) -> String { "\(target.kindName)-\(target.id)" }

  /// The id of the row for one class on a layer or control page.
  static func classRow(_ classID: String) -> String { "class-\(classID)" }

  /// Every fixed anchor of the entity's page: the sections every entity page has, and the rows
  /// its own kind's tables have (``EntityPage/anchors(in:)``).
  static func all(for reference: EntityReference, in dataset: Dataset) -> Set<String> {
    Set([facts, backlinks]).union(dataset.page(reference)?.anchors(in: dataset) ?? [])
  }
}
