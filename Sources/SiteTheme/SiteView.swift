/// The site as a whole, from `demarc.yaml`.
public struct SiteView: Sendable {
  public var title: String
  public var description: String?
  public var language: String

  public init(title: String, description: String?, language: String) {
    self.title = title
    self.description = description
    self.language = language
  }
}
