import Diagnostics

extension DatasetValidator {
  /// I3: every id the dataset mentions resolves, with a "did you mean" hint when it nearly does.
  mutating func checkReferences() {
    for service in dataset.services {
      if !dataset.providers.contains(where: { $0.id.value == service.provider.value }) {
        unknown(
          "provider", service.provider.value, at: service.provider.location,
          ids: dataset.providers.map(\.id.value))
      }
      expect(.serviceClass, service.classID)
      for claim in service.classClaims { expect(.serviceClass, claim.classID) }
      for tool in service.tools { expect(.tool, tool) }
      for target in service.overrides.keys.sorted() {
        if let cell = service.overrides[target] { expectTarget(target, at: cell.location) }
      }
    }
    for control in dataset.controls {
      for layer in control.layers { expect(.layer, layer) }
      for tool in control.tools { expect(.tool, tool) }
    }
    for assignment in dataset.assignments.values.sorted(by: { $0.classID.value < $1.classID.value }) {
      expect(.serviceClass, assignment.classID)
      for (target, cell) in assignment.cells.sorted(by: { $0.key < $1.key }) {
        expectTarget(target, at: cell.location)
      }
    }
    for dispute in dataset.disputes {
      for reference in dispute.affects where dataset.name(of: reference.value) == nil {
        unknown(
          reference.value.kind.rawValue, reference.value.id, at: reference.location,
          ids: dataset.ids(of: reference.value.kind))
      }
    }
    let sourceIDs = Set(dataset.sources.map(\.id.value))
    for citation in allCitations where !sourceIDs.contains(citation.sourceID) {
      unknown("source", citation.sourceID, at: citation.location, ids: sourceIDs)
    }
  }

  private mutating func expect(_ kind: EntityKind, _ id: Located<String>) {
    let known = dataset.ids(of: kind)
    if !known.contains(id.value) {
      unknown(kind == .serviceClass ? "class" : kind.rawValue, id.value, at: id.location, ids: known)
    }
  }

  private mutating func expectTarget(_ target: CellTarget, at location: SourceLocation) {
    switch target {
    case .layer(let id): expect(.layer, Located(id, at: location))
    case .control(let id): expect(.control, Located(id, at: location))
    }
  }

  private mutating func unknown(
    _ kind: String, _ id: String, at location: SourceLocation, ids: some Sequence<String>
  ) {
    let hint = Suggestion.hint(Suggestion.nearest(to: id, in: ids))
    report(.error, .unknownReference, "no \(kind) has the id '\(id)'\(hint)", at: location)
  }

  /// Every citation in the dataset, in a stable order.
  var allCitations: [Citation] {
    var citations: [Citation] = []
    citations += dataset.layers.flatMap(\.citations)
    citations += dataset.classes.flatMap(\.citations)
    citations += dataset.controls.flatMap(\.citations)
    citations += dataset.tools.flatMap(\.citations)
    for service in dataset.services {
      citations += service.citations + service.classClaims.flatMap(\.citations)
    }
    citations += dataset.disputes.flatMap { $0.positions.flatMap(\.citations) }
    for (_, _, cell) in allCells {
      citations += cell.citations + cell.claims.flatMap(\.citations)
    }
    return citations
  }
}
