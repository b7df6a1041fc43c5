/// Everything a template sees when it renders one page. The README documents these fields.
///
/// `page.mustache` (or `entity`, `section`) renders first; its output becomes `content`, and then
/// `layout.mustache` renders with the same context.
public struct PageContext: Sendable {
  public var site: SiteView
  public var page: PageView
  /// Top-level navigation: the home page and the first level of the content tree. Computed only if
  /// a template asks, since its size follows the site's, not the page's.
  public var nav: [LinkView] { navProvider() }
  private let navProvider: @Sendable () -> [LinkView]
  /// From the home page down to the current page's parent.
  public var breadcrumbs: [LinkView]
  /// Set on pages bound to a dataset entity, and on generated entity pages.
  public var entity: EntityView?
  /// Pages in the same folder (section indexes list them).
  public var children: [LinkView]
  /// The rendered inner template; HTML, use `{{{content}}}` in the layout.
  public var content: String
  /// The sidebar tree: top level plus the branch that leads to this page; computed only if asked.
  /// The default theme draws the whole tree from the shared `nav-tree.js` instead, so that a page's
  /// bytes do not grow with the site.
  public var sidebar: [NavNode] { sidebarProvider() }
  private let sidebarProvider: @Sendable () -> [NavNode]
  /// The pages before and after this one in reading order.
  public var previous: LinkView?
  public var next: LinkView?
  /// This page's second- and third-level headings.
  public var toc: [TocEntry]
  /// Flags for sections, since Mustache treats an empty list and an empty string as values.
  public var hasBreadcrumbs: Bool
  public var hasChildren: Bool
  public var hasToc: Bool

  public init(
    site: SiteView, page: PageView, nav: @autoclosure @escaping @Sendable () -> [LinkView],
    breadcrumbs: [LinkView], entity: EntityView?, children: [LinkView],
    sidebar: @autoclosure @escaping @Sendable () -> [NavNode] = [], previous: LinkView? = nil,
    next: LinkView? = nil, toc: [TocEntry] = [], content: String = ""
  ) {
    self.site = site
    self.page = page
    self.navProvider = nav
    self.breadcrumbs = breadcrumbs
    self.entity = entity
    self.children = children
    self.sidebarProvider = sidebar
    self.previous = previous
    self.next = next
    self.toc = toc
    self.content = content
    self.hasBreadcrumbs = !breadcrumbs.isEmpty
    self.hasChildren = !children.isEmpty
    self.hasToc = toc.count > 1
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

/// One entry of the sidebar. Sections on the way to the current page are `open` and list their
/// children; other sections are collapsed and list none.
public struct NavNode: Sendable {
  public var title: String
  public var href: String
  public var current: Bool
  public var open: Bool
  public var isSection: Bool
  public var children: [NavNode]
  public var hasChildren: Bool

  public init(title: String, href: String, current: Bool, open: Bool, isSection: Bool, children: [NavNode]) {
    self.title = title
    self.href = href
    self.current = current
    self.open = open
    self.isSection = isSection
    self.children = children
    self.hasChildren = !children.isEmpty
  }
}

/// A heading of the current page, for the table of contents.
public struct TocEntry: Sendable {
  public var title: String
  public var href: String
  /// 2 or 3.
  public var level: Int
  public var isSubsection: Bool

  public init(title: String, href: String, level: Int) {
    self.title = title
    self.href = href
    self.level = level
    self.isSubsection = level > 2
  }
}
