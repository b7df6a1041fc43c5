import Diagnostics

extension DatasetValidator {
  /// I13: class orders are unique and the baseline (at most one) comes first.
  mutating func checkClassOrder() {
    var orders: [Int: String] = [:]
    for serviceClass in dataset.classes {
      if let other = orders[serviceClass.order.value] {
        report(
          .error, .classOrder,
          "class '\(serviceClass.id.value)' has the same order as '\(other)'; orders must be unique",
          at: serviceClass.order.location)
      }
      orders[serviceClass.order.value] = serviceClass.id.value
    }
    let baselines = dataset.classes.filter { $0.kind == .baseline }
    for extra in baselines.dropFirst() {
      report(.error, .classOrder, "only one class may be the baseline", at: extra.id.location)
    }
    if let baseline = baselines.first, let first = dataset.classes.first, first.id != baseline.id {
      report(
        .error, .classOrder,
        "the baseline class '\(baseline.id.value)' must have the lowest order (below '\(first.id.value)')",
        at: baseline.order.location)
    }
  }

  /// I4: every class has exactly one cell for every layer and every control.
  mutating func checkCompleteness() {
    for serviceClass in dataset.classes {
      guard let assignment = dataset.assignments[serviceClass.id.value] else {
        report(
          .error, .incompleteClass,
          "class '\(serviceClass.id.value)' has no cells; add classes/\(serviceClass.id.value).yaml",
          at: serviceClass.id.location)
        continue
      }
      let missing = dataset.targets.filter { !assignment.declared.contains($0) }
      guard !missing.isEmpty else { continue }
      let list = missing.map { "\($0.kindName) '\($0.id)'" }.joined(separator: ", ")
      report(
        .error, .incompleteClass, "class '\(serviceClass.id.value)' has no cell for \(list)",
        at: assignment.classID.location)
    }
  }

  /// I5: a service's class agrees with its class claims and its confidence.
  mutating func checkServices() {
    for service in dataset.services {
      let claimed = Set(service.classClaims.map(\.classID.value))
      if !service.classClaims.isEmpty && !claimed.contains(service.classID.value) {
        report(
          .error, .serviceClass,
          "service '\(service.id.value)' is placed in class '\(service.classID.value)', which none of its class_claims makes",
          at: service.classID.location)
      }
      if claimed.count > 1 && service.confidence != .disputed {
        report(
          .error, .serviceClass,
          "sources disagree on the class of '\(service.id.value)' (\(claimed.sorted().joined(separator: ", "))); set confidence: disputed",
          at: service.classID.location)
      }
      if service.confidence == .disputed && claimed.count < 2 {
        report(
          .error, .serviceClass,
          "service '\(service.id.value)' is disputed but its class_claims name fewer than two classes",
          at: service.id.location)
      }
      if service.citations.isEmpty && service.classClaims.isEmpty {
        report(
          .error, .missingCitation, "service '\(service.id.value)' cites no source", at: service.id.location)
      }
      for claim in service.classClaims where claim.citations.isEmpty {
        report(
          .error, .missingCitation, "the class claim '\(claim.classID.value)' cites no source",
          at: claim.classID.location)
      }
    }
  }
}
