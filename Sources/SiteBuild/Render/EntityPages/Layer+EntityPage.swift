import Dataset
import SiteTheme

/// A layer's page: which side of the model it is on, and who secures it under each class.
extension Layer: EntityPage {
  func content(in page: EntityViewBuilder) -> EntityPageContent {
    var content = EntityPageContent()
    if let side { content.properties.append(PropertyView(label: "Side", value: Self.label(side))) }
    content.tables.append(
      page.classTable(
        for: .layer(id.value), caption: "Who secures the \(displayName.lowercased()) layer, by class"))
    return content
  }

  func anchors(in dataset: Dataset) -> Set<String> {
    Set(dataset.classes.map { EntityAnchors.classRow($0.id.value) })
  }

  private static func label(_ side: LayerSide) -> String {
    switch side {
    case .in: "Security in the cloud (always the customer's)"
    case .of: "Security of the cloud (the provider's in every cloud class)"
    case .boundary: "Moves between the parties with the class"
    }
  }
}
