/// Every entity of a dataset by reference and by kind, built once when the dataset is made, so a
/// lookup is a dictionary access and not a scan.
///
/// It is derived from the dataset's typed arrays and holds nothing else, so two indexes are always
/// equal: the dataset's equality and hash are those of its arrays.
struct EntityIndex: Hashable, Sendable {
  private(set) var byReference: [EntityReference: any Entity] = [:]
  /// Each kind's entities in the dataset's order.
  private(set) var byKind: [EntityKind: [any Entity]] = [:]

  init(_ groups: [[any Entity]]) {
    for group in groups {
      for entity in group {
        byReference[entity.reference] = byReference[entity.reference] ?? entity
        byKind[type(of: entity).kind, default: []].append(entity)
      }
    }
  }

  static func == (lhs: EntityIndex, rhs: EntityIndex) -> Bool { true }
  func hash(into hasher: inout Hasher) {}
}
