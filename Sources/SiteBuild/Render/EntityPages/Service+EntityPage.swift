import Dataset
import SiteTheme

/// A service's page: its class (and who claims otherwise), what it leaves the customer to do, and
/// its effective cells.
extension Service: EntityPage {
  func content(in page: EntityViewBuilder) -> EntityPageContent {
    let dataset = page.site.dataset
    var content = EntityPageContent()
    if let longName { content.properties.append(PropertyView(label: "Full name", value: longName)) }
    let classReference = EntityReference(kind: .serviceClass, id: classID.value)
    content.properties.append(
      PropertyView(
        label: "Class",
        value: (dataset.name(of: classReference) ?? classID.value)
          + (confidence == .disputed ? " (disputed)" : ""),
        href: page.href(classReference)))
    if let exception {
      content.properties.append(PropertyView(label: "Known exception", value: exception.reason.value))
    }
    for claim in classClaims {
      let sources = claim.citations.map(\.text).joined(separator: ", ")
      content.properties.append(
        PropertyView(label: "Claimed class", value: "\(claim.classID.value), per \(sources)"))
    }
    content.checklist = dataset.customerDuties(of: self).filter(\.isCustomerWork).compactMap { duty in
      duty.duty.map {
        ChecklistItemView(
          target: dataset.name(of: duty.target.reference) ?? duty.target.id,
          href: page.addressing.fragment(EntityAnchors.row(duty.target)),
          owner: duty.owner.rawValue, ownerLabel: OwnerStyle.label(duty.owner), duty: $0,
          citations: duty.cell.cell.citations.map(page.citationLink))
      }
    }
    content.tables = page.targetTables(
      subject: reference, caption: "\(displayName): effective responsibilities"
    ) {
      dataset.effectiveCell(service: self, target: $0).map { ($0.cell, $0.origin.rawValue) }
    }
    return content
  }

  func anchors(in dataset: Dataset) -> Set<String> {
    Set(dataset.targets.map(EntityAnchors.row) + [EntityAnchors.checklist])
  }

  func searchKeywords(in dataset: Dataset) -> [String] {
    [longName ?? ""] + (dataset.serviceClass(classID.value)?.searchKeywords(in: dataset) ?? [])
  }
}
