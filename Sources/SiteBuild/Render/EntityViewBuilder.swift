import Dataset
import DatasetExport
import SiteTheme

/// Builds the facts an entity page shows from the dataset: the data decides, the theme only draws.
struct EntityViewBuilder {
  let site: ResolvedSite
  /// The page being rendered; every href is relative to it.
  let pagePath: String

  func view(for reference: EntityReference) -> EntityView? {
    let dataset = site.dataset
    guard let name = dataset.name(of: reference) else { return nil }
    var properties: [PropertyView] = []
    var tables: [FactTable] = []
    let summary = dataset.summary(of: reference)
    var positions: [PositionView] = []
    var checklist: [ChecklistItemView] = []
    switch reference.kind {
    case .layer:
      let layer = dataset.layer(reference.id)!
      if let side = layer.side { properties.append(PropertyView(label: "Side", value: sideLabel(side))) }
      tables.append(
        classTable(for: .layer(reference.id), caption: "Who secures the \(name.lowercased()) layer, by class")
      )
    case .serviceClass:
      let serviceClass = dataset.serviceClass(reference.id)!
      if let model = serviceClass.model { properties.append(PropertyView(label: "Model", value: model)) }
      if !serviceClass.aliases.isEmpty {
        properties.append(
          PropertyView(label: "Also called", value: serviceClass.aliases.joined(separator: ", ")))
      }
      let services = dataset.services.filter { $0.classID.value == reference.id }
      for service in services {
        properties.append(
          PropertyView(
            label: "Service", value: service.name.value,
            href: href(EntityReference(kind: .service, id: service.id.value))))
      }
      tables += targetTables(subject: reference, caption: "\(name): the stack") {
        dataset.cell(class: reference.id, target: $0).map { ($0, nil) }
      }
    case .service:
      let service = dataset.service(reference.id)!
      if let longName = service.longName {
        properties.append(PropertyView(label: "Full name", value: longName))
      }
      let classReference = EntityReference(kind: .serviceClass, id: service.classID.value)
      properties.append(
        PropertyView(
          label: "Class",
          value: (dataset.name(of: classReference) ?? service.classID.value)
            + (service.confidence == .disputed ? " (disputed)" : ""), href: href(classReference)))
      if let exception = service.exception {
        properties.append(PropertyView(label: "Known exception", value: exception.reason.value))
      }
      for claim in service.classClaims {
        let sources = claim.citations.map(\.text).joined(separator: ", ")
        properties.append(
          PropertyView(label: "Claimed class", value: "\(claim.classID.value), per \(sources)"))
      }
      checklist = dataset.customerDuties(of: service).filter(\.isCustomerWork).compactMap { duty in
        duty.duty.map {
          ChecklistItemView(
            target: dataset.name(of: duty.target.reference) ?? duty.target.id,
            href: "#" + EntityAnchors.row(duty.target),
            owner: duty.owner.rawValue, ownerLabel: OwnerStyle.label(duty.owner), duty: $0,
            citations: duty.cell.cell.citations.map(citationLink))
        }
      }
      tables += targetTables(subject: reference, caption: "\(name): effective responsibilities") { target in
        dataset.effectiveCell(service: service, target: target).map { ($0.cell, $0.origin.rawValue) }
      }
    case .control:
      let control = dataset.control(reference.id)!
      if let type = control.type { properties.append(PropertyView(label: "Type", value: type.rawValue)) }
      let nist = NISTMapping.ids(control)
      if !nist.isEmpty {
        properties.append(PropertyView(label: "NIST SP 800-53 rev. 5", value: nist.joined(separator: ", ")))
      }
      if let exception = control.exception {
        properties.append(PropertyView(label: "Known exception", value: exception.reason.value))
      }
      if let note = control.providerNote {
        properties.append(PropertyView(label: "Provider's part", value: note.value))
      }
      if let note = control.customerNote {
        properties.append(PropertyView(label: "Customer's part", value: note.value))
      }
      for tool in control.tools {
        let toolReference = EntityReference(kind: .tool, id: tool.value)
        properties.append(
          PropertyView(
            label: "Tool", value: dataset.name(of: toolReference) ?? tool.value, href: href(toolReference)))
      }
      tables.append(
        classTable(for: .control(reference.id), caption: "Who does what for \(name.lowercased()), by class"))
    case .tool:
      for control in dataset.controls where control.tools.contains(where: { $0.value == reference.id }) {
        properties.append(
          PropertyView(
            label: "Helps with", value: control.name.value,
            href: href(EntityReference(kind: .control, id: control.id.value))))
      }
    case .source:
      let source = dataset.source(reference.id)!
      properties.append(PropertyView(label: "Title", value: source.title.value))
      if let publisher = source.publisher {
        properties.append(PropertyView(label: "Publisher", value: publisher))
      }
      if let kind = source.kind {
        properties.append(PropertyView(label: "Kind", value: sourceKindLabel(kind)))
      }
      if let reliability = source.reliability {
        properties.append(PropertyView(label: "Reliability", value: reliability.rawValue))
      }
      if let url = source.url { properties.append(PropertyView(label: "Address", value: url, href: url)) }
      if let via = source.via { properties.append(PropertyView(label: "Via", value: via)) }
      if let retrieved = source.retrieved {
        properties.append(PropertyView(label: "Retrieved", value: retrieved.value))
      }
      properties += citingCells(of: reference.id)
    case .dispute:
      let dispute = dataset.dispute(reference.id)!
      properties.append(PropertyView(label: "Kind", value: dispute.kind.rawValue))
      positions = dispute.positions.map { position in
        PositionView(claim: position.claim.value, citations: position.citations.map(citationLink))
      }
      if let resolution = dispute.resolution {
        properties.append(PropertyView(label: "This handbook's reading", value: resolution.value))
      }
      for affected in dispute.affects {
        properties.append(
          PropertyView(
            label: "Affects", value: dataset.name(of: affected.value) ?? affected.value.id,
            href: href(affected.value)))
      }
    }
    let backlinks = (site.backlinks[reference] ?? []).compactMap { path in
      site.page(at: path).map {
        LinkView(title: $0.title, href: SitePath.relativeLink(from: pagePath, to: path))
      }
    }
    return EntityView(
      kind: reference.kind.rawValue, kindLabel: kindLabel(reference.kind), id: reference.id, name: name,
      summary: summary, properties: properties, tables: tables, positions: positions, backlinks: backlinks,
      checklist: checklist,
      matrixHref: checklist.isEmpty
        ? nil : SitePath.relativeLink(from: pagePath, to: ExportFormat.crm.outputPath))
  }

  /// One table for layers and one for controls, each row a target of a class or service.
  private func targetTables(
    subject: EntityReference, caption: String, cell: (CellTarget) -> (Cell, String?)?
  ) -> [FactTable] {
    let dataset = site.dataset
    let groups: [(String, String, [CellTarget])] = [
      ("Layers", "Layer", dataset.layers.map { .layer($0.id.value) }),
      ("Controls", "Control", dataset.controls.map { .control($0.id.value) }),
    ]
    return groups.compactMap { title, header, targets in
      let rows = targets.compactMap { target -> FactRow? in
        guard let (value, origin) = cell(target) else { return nil }
        let reference = target.reference
        return FactRow(
          id: EntityAnchors.row(target), header: dataset.name(of: reference) ?? target.id,
          href: href(reference),
          cells: [factCell(value, origin: origin, subject: subject, target: target)])
      }
      return rows.isEmpty
        ? nil
        : FactTable(
          caption: "\(caption): \(title.lowercased())", rowHeader: header, columns: ["Owner"], rows: rows)
    }
  }

  /// One row per class for a layer or control.
  private func classTable(for target: CellTarget, caption: String) -> FactTable {
    let dataset = site.dataset
    let rows = dataset.classes.compactMap { serviceClass -> FactRow? in
      guard let cell = dataset.cell(class: serviceClass.id.value, target: target) else { return nil }
      let reference = EntityReference(kind: .serviceClass, id: serviceClass.id.value)
      let header = serviceClass.model.map { "\(serviceClass.name.value) (\($0))" } ?? serviceClass.name.value
      return FactRow(
        id: EntityAnchors.classRow(serviceClass.id.value), header: header, href: href(reference),
        cells: [factCell(cell, origin: nil, subject: reference, target: target)])
    }
    return FactTable(caption: caption, rowHeader: "Class", columns: ["Owner"], rows: rows)
  }

  private func factCell(_ cell: Cell, origin: String?, subject: EntityReference, target: CellTarget)
    -> FactCell
  {
    let owner = cell.owner.value
    let claims = cell.claims.map { claim in
      "\(OwnerStyle.label(claim.owner.value)), per \(claim.citations.map(\.text).joined(separator: ", "))"
    }
    return FactCell(
      owner: owner.rawValue, ownerLabel: OwnerStyle.label(owner), glyph: OwnerStyle.glyph(owner),
      providerNote: cell.providerNote?.value, customerNote: cell.customerNote?.value,
      confidence: cell.confidence.rawValue, claims: claims,
      citations: cell.citations.map(citationLink),
      disputes: disputeLinks(for: cell, subject: subject, target: target),
      origin: origin, reason: cell.reason?.value, exception: cell.exception?.reason.value)
  }

  /// The register entries that explain a disputed cell: those naming its subject or its target.
  private func disputeLinks(for cell: Cell, subject: EntityReference, target: CellTarget) -> [LinkView] {
    guard cell.confidence == .disputed else { return [] }
    let related: Set = [subject, target.reference]
    return site.dataset.disputes.filter { dispute in dispute.affects.contains { related.contains($0.value) } }
      .map {
        LinkView(title: $0.title.value, href: href(EntityReference(kind: .dispute, id: $0.id.value)) ?? "")
      }
  }

  /// Where the dataset relies on a source: one line per class or service cell that cites it, with
  /// the locator, linked to the cell's row, so a reader can check each claim against the source.
  private func citingCells(of sourceID: String) -> [PropertyView] {
    let dataset = site.dataset
    var subjects: [(EntityReference, [CellTarget: Cell])] = dataset.classes.compactMap { serviceClass in
      dataset.assignments[serviceClass.id.value].map {
        (EntityReference(kind: .serviceClass, id: serviceClass.id.value), $0.cells)
      }
    }
    subjects += dataset.services.map { (EntityReference(kind: .service, id: $0.id.value), $0.overrides) }
    return subjects.flatMap { subject, cells in
      dataset.targets.compactMap { target -> PropertyView? in
        let cited = cells[target]?.citations.filter { $0.sourceID == sourceID } ?? []
        guard !cited.isEmpty else { return nil }
        let name =
          "\(dataset.name(of: subject) ?? subject.id): \(dataset.name(of: target.reference) ?? target.id)"
        return PropertyView(
          label: "Cited for", value: "\(name) (\(cited.map(\.text).joined(separator: ", ")))",
          href: href(subject).map { $0 + "#" + EntityAnchors.row(target) })
      }
    }
  }

  private func citationLink(_ citation: Citation) -> LinkView {
    LinkView(title: citation.text, href: href(EntityReference(kind: .source, id: citation.sourceID)) ?? "")
  }

  private func href(_ reference: EntityReference) -> String? {
    site.entityRoutes[reference].map { SitePath.relativeLink(from: pagePath, to: $0) }
  }

  private func kindLabel(_ kind: EntityKind) -> String {
    switch kind {
    case .layer: "Layer"
    case .serviceClass: "Service class"
    case .service: "Service"
    case .control: "Control"
    case .tool: "Security tool"
    case .source: "Source"
    case .dispute: "Dispute"
    }
  }

  private func sourceKindLabel(_ kind: SourceKind) -> String {
    switch kind {
    case .primary: "Primary: the provider's own page or documentation"
    case .secondary: "Secondary: a third party's account"
    case .seed: "Secondary: one of the five articles this handbook began from"
    }
  }

  private func sideLabel(_ side: LayerSide) -> String {
    switch side {
    case .in: "Security in the cloud (always the customer's)"
    case .of: "Security of the cloud (the provider's in every cloud class)"
    case .boundary: "Moves between the parties with the class"
    }
  }
}
