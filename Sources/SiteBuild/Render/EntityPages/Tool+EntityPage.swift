import Dataset
import SiteTheme

/// A tool's page: the controls it helps with.
extension Tool: EntityPage {
  func content(in page: EntityViewBuilder) -> EntityPageContent {
    var content = EntityPageContent()
    for control in page.site.dataset.controls where control.tools.contains(where: { $0.value == id.value }) {
      content.properties.append(
        PropertyView(label: "Helps with", value: control.name.value, href: page.href(control.reference)))
    }
    return content
  }
}
