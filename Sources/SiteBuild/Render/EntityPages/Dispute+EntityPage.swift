import Dataset
import SiteTheme

/// A dispute's page: its kind, what each side says with its sources, this handbook's reading, and
/// what it bears on.
extension Dispute: EntityPage {
  func content(in page: EntityViewBuilder) -> EntityPageContent {
    let dataset = page.site.dataset
    var content = EntityPageContent()
    content.properties.append(PropertyView(label: "Kind", value: kind.rawValue))
    content.positions = positions.map { position in
      PositionView(claim: position.claim.value, citations: position.citations.map(page.citationLink))
    }
    if let resolution {
      content.properties.append(PropertyView(label: "This handbook's reading", value: resolution.value))
    }
    for affected in affects {
      content.properties.append(
        PropertyView(
          label: "Affects", value: dataset.name(of: affected.value) ?? affected.value.id,
          href: page.href(affected.value)))
    }
    return content
  }
}
