/// The page being rendered.
public struct PageView: Equatable, Sendable {
  public var title: String
  public var description: String?
  /// The page's Markdown rendered to HTML; use `{{{page.bodyHTML}}}`.
  public var bodyHTML: String
  /// False for generated pages, which have no Markdown body.
  public var hasBody: Bool
  /// True when the body has no level-1 heading of its own, so the theme shows `title` as one.
  public var needsHeading = false
  /// The page's front-matter `extra:` values by key (`{{page.extra.owner}}`).
  public var extra: [String: String] = [:]
  /// Output path relative to the site root, e.g. `services/rds.html`.
  public var path: String
  /// Prefix from this page back to the site root (`""` or `"../"`), for assets and links.
  public var root: String
  /// `page`, `entity` or `section`: the inner template used.
  public var template: String
  public var canonicalURL: String?
  /// Set on `404.html` only, when the site has a base URL: the path every relative link in the
  /// page resolves from (`<base href>`), since a server shows that page at any address.
  public var baseHref: String?

  public init(
    title: String, description: String?, bodyHTML: String, path: String, root: String, template: String,
    canonicalURL: String?, baseHref: String? = nil
  ) {
    self.title = title
    self.description = description
    self.bodyHTML = bodyHTML
    self.hasBody = !bodyHTML.isEmpty
    self.path = path
    self.root = root
    self.template = template
    self.canonicalURL = canonicalURL
    self.baseHref = baseHref
  }
}
