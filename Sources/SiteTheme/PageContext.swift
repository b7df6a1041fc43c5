/// Everything a template sees when it renders one page. The README documents these fields.
///
/// `page.mustache` (or `entity`, `section`) renders first; its output becomes `content`, and then
/// `layout.mustache` renders with the same context.
public struct PageContext: Sendable {
  public var site: SiteView
  public var page: PageView
  /// Top-level navigation: the home page and the first level of the content tree.
  public var nav: [LinkView]
  /// From the home page down to the current page's parent.
  public var breadcrumbs: [LinkView]
  /// Set on pages bound to a dataset entity, and on generated entity pages.
  public var entity: EntityView?
  /// Pages in the same folder (section indexes list them).
  public var children: [LinkView]
  /// The rendered inner template; HTML, use `{{{content}}}` in the layout.
  public var content: String
  /// Flags for sections, since Mustache treats an empty list and an empty string as values.
  public var hasBreadcrumbs: Bool
  public var hasChildren: Bool

  public init(
    site: SiteView, page: PageView, nav: [LinkView], breadcrumbs: [LinkView], entity: EntityView?,
    children: [LinkView], content: String = ""
  ) {
    self.site = site
    self.page = page
    self.nav = nav
    self.breadcrumbs = breadcrumbs
    self.entity = entity
    self.children = children
    self.content = content
    self.hasBreadcrumbs = !breadcrumbs.isEmpty
    self.hasChildren = !children.isEmpty
  }
}

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

public struct PageView: Sendable {
  public var title: String
  public var description: String?
  /// The page's Markdown rendered to HTML; use `{{{page.bodyHTML}}}`.
  public var bodyHTML: String
  /// False for generated pages, which have no Markdown body.
  public var hasBody: Bool
  /// Output path relative to the site root, e.g. `services/rds.html`.
  public var path: String
  /// Prefix from this page back to the site root (`""` or `"../"`), for assets and links.
  public var root: String
  /// `page`, `entity` or `section`: the inner template used.
  public var template: String
  public var canonicalURL: String?

  public init(
    title: String, description: String?, bodyHTML: String, path: String, root: String, template: String,
    canonicalURL: String?
  ) {
    self.title = title
    self.description = description
    self.bodyHTML = bodyHTML
    self.hasBody = !bodyHTML.isEmpty
    self.path = path
    self.root = root
    self.template = template
    self.canonicalURL = canonicalURL
  }
}

public struct LinkView: Sendable {
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
