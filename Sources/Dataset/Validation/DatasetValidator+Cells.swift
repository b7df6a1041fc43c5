import Diagnostics

extension DatasetValidator {
  /// I6 (baseline), I7 (notes match the owner), I8 (citations), I15 (not-applicable) and I16
  /// (disputes are surfaced), all of which look at one cell at a time.
  mutating func checkCells() {
    let baselineIDs = Set(dataset.classes.filter { $0.kind == .baseline }.map(\.id.value))
    for assignment in dataset.assignments.values.sorted(by: { $0.classID.value < $1.classID.value }) {
      let isBaseline = baselineIDs.contains(assignment.classID.value)
      for (target, cell) in assignment.cells.sorted(by: { $0.key < $1.key }) {
        checkCell(cell, target: target, isBaseline: isBaseline)
      }
    }
    for service in dataset.services {
      let isBaseline = baselineIDs.contains(service.classID.value)
      for (target, cell) in service.overrides.sorted(by: { $0.key < $1.key }) {
        checkCell(cell, target: target, isBaseline: isBaseline)
      }
    }
    for (kind, entries) in [
      ("layer", dataset.layers.map { ($0.id, $0.citations) }),
      ("class", dataset.classes.map { ($0.id, $0.citations) }),
      ("control", dataset.controls.map { ($0.id, $0.citations) }),
    ] {
      for (id, citations) in entries where citations.isEmpty {
        report(.error, .missingCitation, "\(kind) '\(id.value)' cites no source", at: id.location)
      }
    }
    for citation in allCitations { checkRange(citation) }
  }

  private mutating func checkCell(_ cell: Cell, target: CellTarget, isBaseline: Bool) {
    let name = "\(target.kindName) '\(target.id)'"
    let owner = cell.owner.value
    // I6
    if isBaseline {
      if owner != .customer && owner != .notApplicable {
        report(
          .error, .baselineOwner,
          "on-premises means the customer runs everything; \(name) must be owned by the customer",
          at: cell.owner.location, cell: cell)
      }
      if let note = cell.providerNote {
        report(
          .error, .baselineOwner, "the baseline class has no provider, so \(name) takes no provider note",
          at: note.location, cell: cell)
      }
      for claim in cell.claims where claim.owner.value != .customer {
        report(
          .error, .baselineOwner, "the baseline class admits no claim for another owner",
          at: claim.owner.location, cell: cell)
      }
    }
    // I7 and I15
    switch owner {
    case .shared:
      if cell.providerNote == nil || cell.customerNote == nil {
        let lacking = [
          cell.providerNote == nil ? "provider" : nil, cell.customerNote == nil ? "customer" : nil,
        ]
        .compactMap { $0 }.joined(separator: " and ")
        report(
          .error, .missingNote, "\(name) is shared, so it needs both notes; add '\(lacking)'",
          at: cell.location, cell: cell)
      }
    case .provider where cell.providerNote == nil:
      report(
        .error, .missingNote, "\(name) is owned by the provider; add a 'provider' note saying what it does",
        at: cell.location, cell: cell)
    case .customer where cell.customerNote == nil:
      report(
        .error, .missingNote, "\(name) is owned by the customer; add a 'customer' note saying what it does",
        at: cell.location, cell: cell)
    case .notApplicable:
      if case .layer = target {
        report(
          .error, .notApplicable, "every layer exists in every class; not-applicable is only for controls",
          at: cell.owner.location, cell: cell)
      } else if isBaseline {
        report(
          .error, .notApplicable, "under the baseline class the customer owns every control",
          at: cell.owner.location, cell: cell)
      }
      if cell.reason == nil {
        report(
          .error, .notApplicable, "\(name) is not-applicable; add a 'reason'", at: cell.location, cell: cell)
      }
    default:
      break
    }
    if owner != .notApplicable, let reason = cell.reason {
      report(
        .error, .notApplicable, "'reason' goes only with owner not-applicable", at: reason.location,
        cell: cell)
    }
    // I8
    if cell.citations.isEmpty {
      report(
        .error, .missingCitation, "\(name) cites no source; add 'sources'", at: cell.location, cell: cell)
    }
    for claim in cell.claims where claim.citations.isEmpty {
      report(
        .error, .missingCitation, "the claim for owner '\(claim.owner.value.rawValue)' cites no source",
        at: claim.location, cell: cell)
    }
    // I16
    let dissenting = cell.claims.filter { $0.owner.value != owner }
    if !dissenting.isEmpty && cell.confidence != .disputed {
      report(
        .error, .undisclosedDispute,
        "sources claim another owner for \(name) (\(dissenting.map(\.owner.value.rawValue).joined(separator: ", "))); set confidence: disputed",
        at: cell.location, cell: cell)
    }
    if cell.confidence == .disputed {
      let distinct = Set((cell.citations + cell.claims.flatMap(\.citations)).map(\.sourceID))
      if dissenting.isEmpty {
        report(
          .error, .disputedSources, "\(name) is disputed but has no claim for another owner; add 'claims'",
          at: cell.location, cell: cell)
      } else if distinct.count < 2 {
        report(
          .error, .disputedSources, "\(name) is disputed, so it must cite at least two distinct sources",
          at: cell.location, cell: cell)
      }
    }
    for claim in dissenting {
      for citation in claim.citations where cell.citations.contains(where: { $0.overlaps(citation) }) {
        report(
          .warning, .conflictingCitation,
          "source '\(citation.sourceID)' is cited both for '\(owner.rawValue)' and for '\(claim.owner.value.rawValue)'",
          at: citation.location, cell: cell)
      }
    }
  }

  /// I8: a line citation stays inside its source, when the source says how long it is.
  private mutating func checkRange(_ citation: Citation) {
    guard case .lines(_, let last) = citation.locator, let lines = dataset.source(citation.sourceID)?.lines,
      last > lines
    else { return }
    report(
      .error, .citationRange,
      "'\(citation.text)' cites past the end of '\(citation.sourceID)', which has \(lines) lines",
      at: citation.location)
  }
}
