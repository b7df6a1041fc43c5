import Dataset
import SiteTheme

/// A control's page: its type and NIST mapping, each party's part, its tools, and who does what
/// under each class.
extension Control: EntityPage {
  func content(in page: EntityViewBuilder) -> EntityPageContent {
    let dataset = page.site.dataset
    var content = EntityPageContent()
    if let type { content.properties.append(PropertyView(label: "Type", value: type.rawValue)) }
    let nist = NISTMapping.ids(self)
    if !nist.isEmpty {
      content.properties.append(
        PropertyView(label: "NIST SP 800-53 rev. 5", value: nist.joined(separator: ", ")))
    }
    if let exception {
      content.properties.append(PropertyView(label: "Known exception", value: exception.reason.value))
    }
    if let providerNote {
      content.properties.append(PropertyView(label: "Provider's part", value: providerNote.value))
    }
    if let customerNote {
      content.properties.append(PropertyView(label: "Customer's part", value: customerNote.value))
    }
    for tool in tools {
      let toolReference = EntityReference(kind: .tool, id: tool.value)
      content.properties.append(
        PropertyView(
          label: "Tool", value: dataset.name(of: toolReference) ?? tool.value, href: page.href(toolReference))
      )
    }
    content.tables.append(
      page.classTable(
        for: .control(id.value), caption: "Who does what for \(displayName.lowercased()), by class"))
    return content
  }

  func searchKeywords(in dataset: Dataset) -> [String] { [type?.rawValue ?? ""] }

  func anchors(in dataset: Dataset) -> Set<String> {
    Set(dataset.classes.map { EntityAnchors.classRow($0.id.value) })
  }
}
