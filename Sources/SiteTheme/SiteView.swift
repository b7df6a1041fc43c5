/// The site as a whole, from `demarc.yaml`.
public struct SiteView: Equatable, Sendable {
  public var title: String
  public var description: String?
  public var language: String
  /// What the site calls its one-page view (`one_page_title`), for the link to `handbook.html`.
  public var onePageTitle: String

  public init(title: String, description: String?, language: String, onePageTitle: String) {
    self.title = title
    self.description = description
    self.language = language
    self.onePageTitle = onePageTitle
  }
}
