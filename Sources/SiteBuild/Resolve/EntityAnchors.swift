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

  static func all(for reference: EntityReference, in dataset: Dataset) -> Set<String> {
    var anchors: Set = [facts, backlinks]
    switch reference.kind {
    case .service: anchors.formUnion(dataset.targets.map(row) + [checklist])
    case .serviceClass: anchors.formUnion(dataset.targets.map(row))
    case .layer, .control: anchors.formUnion(dataset.classes.map { classRow($0.id.value) })
    case .tool, .source, .dispute: break
    }
    return anchors
  }
}
