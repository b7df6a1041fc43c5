import Dataset
import SiteTheme

/// A class's page: its generic names, its services, and its cells for the whole stack.
extension ServiceClass: EntityPage {
  func content(in page: EntityViewBuilder) -> EntityPageContent {
    let dataset = page.site.dataset
    var content = EntityPageContent()
    if let model { content.properties.append(PropertyView(label: "Model", value: model)) }
    if !aliases.isEmpty {
      content.properties.append(PropertyView(label: "Also called", value: aliases.joined(separator: ", ")))
    }
    for service in dataset.services where service.classID.value == id.value {
      content.properties.append(
        PropertyView(label: "Service", value: service.name.value, href: page.href(service.reference)))
    }
    content.tables = page.targetTables(subject: reference, caption: "\(displayName): the stack") {
      dataset.cell(class: id.value, target: $0).map { ($0, nil) }
    }
    return content
  }

  func searchKeywords(in dataset: Dataset) -> [String] { [name.value] + aliases + (model.map { [$0] } ?? []) }

  func anchors(in dataset: Dataset) -> Set<String> { Set(dataset.targets.map(EntityAnchors.row)) }
}
