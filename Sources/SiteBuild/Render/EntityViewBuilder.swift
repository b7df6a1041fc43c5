import Dataset
import DatasetExport
import SiteTheme

/// Builds the facts an entity page shows from the dataset: the data decides, the theme only draws.
struct EntityViewBuilder {
  let site: ResolvedSite
  /// Where the page's links point and what its ids are called.
  let addressing: PageAddressing

  func view(for reference: EntityReference) -> EntityView? {
    guard let entity = site.dataset.page(reference) else { return nil }
    let content = entity.content(in: self)
    let backlinks = (site.backlinks[reference] ?? []).compactMap { path in
      site.page(at: path).map {
        LinkView(title: $0.title, href: addressing.link(to: path))
      }
    }
    var view = EntityView(
      kind: reference.kind.rawValue, kindLabel: reference.kind.label, id: reference.id,
      name: entity.displayName,
      summary: entity.summaryText, properties: content.properties, tables: content.tables,
      positions: content.positions, backlinks: backlinks, checklist: content.checklist,
      matrixHref: content.checklist.isEmpty
        ? nil : addressing.link(to: ExportFormat.crm.outputPath))
    view.idPrefix = addressing.idPrefix
    return view
  }

  /// One table for layers and one for controls, each row a target of a class or service.
  func targetTables(
    subject: EntityReference, caption: String, cell: (CellTarget) -> (Cell, String?)?
  ) -> [OwnerTableView] {
    let dataset = site.dataset
    let groups: [(String, String, [CellTarget])] = [
      ("Layers", "Layer", dataset.layers.map { .layer($0.id.value) }),
      ("Controls", "Control", dataset.controls.map { .control($0.id.value) }),
    ]
    return groups.compactMap { title, header, targets in
      let rows = targets.compactMap { target -> OwnerRowView? in
        guard let (value, origin) = cell(target) else { return nil }
        let reference = target.reference
        return OwnerRowView(
          rowID: addressing.id(EntityAnchors.row(target)), header: dataset.name(of: reference) ?? target.id,
          headerHref: href(reference),
          cells: [factCell(value, origin: origin, subject: subject, target: target)])
      }
      return rows.isEmpty
        ? nil : factTable(caption: "\(caption): \(title.lowercased())", rowHeader: header, rows: rows)
    }
  }

  /// One row per class for a layer or control.
  func classTable(for target: CellTarget, caption: String) -> OwnerTableView {
    let dataset = site.dataset
    let rows = dataset.classes.compactMap { serviceClass -> OwnerRowView? in
      guard let cell = dataset.cell(class: serviceClass.id.value, target: target) else { return nil }
      let reference = EntityReference(kind: .serviceClass, id: serviceClass.id.value)
      let header = serviceClass.model.map { "\(serviceClass.name.value) (\($0))" } ?? serviceClass.name.value
      return OwnerRowView(
        rowID: addressing.id(EntityAnchors.classRow(serviceClass.id.value)), header: header,
        headerHref: href(reference), cells: [factCell(cell, origin: nil, subject: reference, target: target)])
    }
    return factTable(caption: caption, rowHeader: "Class", rows: rows)
  }

  /// A facts table: one column of owners, its cells spelled out in full.
  private func factTable(caption: String, rowHeader: String, rows: [OwnerRowView]) -> OwnerTableView {
    OwnerTableView(
      tableClass: "facts-table", caption: caption, rowHeader: rowHeader,
      columns: [ColumnView(columnTitle: "Owner")], groups: [RowGroupView(groupTitle: nil, rows: rows)])
  }

  private func factCell(_ cell: Cell, origin: String?, subject: EntityReference, target: CellTarget)
    -> OwnerCellView
  {
    let owner = cell.owner.value
    let claims = cell.claims.enumerated().map { index, claim in
      ClaimView(
        claimOwner: OwnerStyle.label(claim.owner.value),
        per: claim.citations.map(\.text).joined(separator: ", "), claimRefs: [], isFirstClaim: index == 0)
    }
    return OwnerCellView(
      owner: owner.rawValue, ownerLabel: OwnerStyle.label(owner), glyph: OwnerStyle.glyph(owner),
      confidence: OwnerStyle.confidence(cell.confidence), claims: claims,
      providerNote: cell.providerNote?.value, customerNote: cell.customerNote?.value,
      reason: cell.reason?.value, exception: cell.exception?.reason.value, origin: origin,
      citations: cell.citations.map(citationLink),
      disputes: disputeLinks(for: cell, subject: subject, target: target))
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
  func citingCells(of sourceID: String) -> [PropertyView] {
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
          href: href(subject, anchor: EntityAnchors.row(target)))
      }
    }
  }

  func citationLink(_ citation: Citation) -> LinkView {
    LinkView(title: citation.text, href: href(EntityReference(kind: .source, id: citation.sourceID)) ?? "")
  }

  /// A link to an entity's page, optionally to one of its anchors; nil when it has no page.
  func href(_ reference: EntityReference, anchor: String? = nil) -> String? {
    site.entityRoutes[reference].map { addressing.link(to: $0, anchor: anchor) }
  }

}
