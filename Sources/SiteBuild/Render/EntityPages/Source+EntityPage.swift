import Dataset
import SiteTheme

/// A source's page: everything a reader needs to find and weigh it, and every cell that cites it.
extension Source: EntityPage {
  func content(in page: EntityViewBuilder) -> EntityPageContent {
    var content = EntityPageContent()
    content.properties.append(PropertyView(label: "Title", value: title.value))
    if let publisher { content.properties.append(PropertyView(label: "Publisher", value: publisher)) }
    if let kind { content.properties.append(PropertyView(label: "Kind", value: Self.label(kind))) }
    if let reliability {
      content.properties.append(PropertyView(label: "Reliability", value: reliability.rawValue))
    }
    if let url { content.properties.append(PropertyView(label: "Address", value: url, href: url)) }
    if let via { content.properties.append(PropertyView(label: "Via", value: via)) }
    if let retrieved { content.properties.append(PropertyView(label: "Retrieved", value: retrieved.value)) }
    content.properties += page.citingCells(of: id.value)
    return content
  }

  private static func label(_ sourceKind: SourceKind) -> String {
    switch sourceKind {
    case .primary: "Primary: the provider's own page or documentation"
    case .secondary: "Secondary: a third party's account"
    case .seed: "Secondary: one of the five articles this handbook began from"
    }
  }
}
