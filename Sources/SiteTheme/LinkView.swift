/// A link as templates see it: navigation entries, breadcrumbs, backlinks, citations.
public struct LinkView: Equatable, Sendable {
  public var title: String
  /// Relative to the page being rendered.
  public var href: String
  public var current: Bool
  public var description: String?

  public init(title: String, href: String, current: Bool = false, description: String? = nil) {
    self.title = title
    self.href = href
    self.current = current
    self.description = description
  }
}
