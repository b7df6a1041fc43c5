import Diagnostics

extension DatasetValidator {
  /// The dispute register: each entry states its positions with sources, a disagreement has at
  /// least two sides, and every disputed cell or service is explained by some entry.
  mutating func checkDisputes() {
    for dispute in dataset.disputes {
      if dispute.kind == .disagreement && dispute.positions.count < 2 {
        report(
          .error, .disputedSources,
          "dispute '\(dispute.id.value)' is a disagreement, so it needs at least two positions",
          at: dispute.id.location)
      }
      for position in dispute.positions where position.citations.isEmpty {
        report(.error, .missingCitation, "this position cites no source", at: position.claim.location)
      }
    }
    let covered = Set(dataset.disputes.flatMap { $0.affects.map(\.value) })
    for service in dataset.services where service.confidence == .disputed {
      if !covered.contains(EntityReference(kind: .service, id: service.id.value)) {
        report(
          .warning, .unregisteredDispute,
          "service '\(service.id.value)' is disputed; add a dispute whose affects names 'service/\(service.id.value)'",
          at: service.id.location)
      }
    }
    for assignment in dataset.assignments.values.sorted(by: { $0.classID.value < $1.classID.value }) {
      let subject = EntityReference(kind: .serviceClass, id: assignment.classID.value)
      for (target, cell) in assignment.cells.sorted(by: { $0.key < $1.key }) {
        checkRegistered(cell, subject: subject, target: target, covered: covered)
      }
    }
    for service in dataset.services {
      let subject = EntityReference(kind: .service, id: service.id.value)
      for (target, cell) in service.overrides.sorted(by: { $0.key < $1.key }) {
        checkRegistered(cell, subject: subject, target: target, covered: covered)
      }
    }
  }

  private mutating func checkRegistered(
    _ cell: Cell, subject: EntityReference, target: CellTarget, covered: Set<EntityReference>
  ) {
    guard cell.confidence == .disputed else { return }
    let targetReference = EntityReference(
      kind: target.kindName == "layer" ? .layer : .control, id: target.id)
    if !covered.contains(subject) && !covered.contains(targetReference) {
      report(
        .warning, .unregisteredDispute,
        "this disputed cell is explained by no dispute; add one whose affects names '\(subject)' or '\(targetReference)'",
        at: cell.location, cell: cell)
    }
  }
}
