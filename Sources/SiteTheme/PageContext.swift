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
  /// True when there is a previous or a next page.
  public var hasPager: Bool

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
    self.hasPager = previous != nil || next != nil
  }
}

/// Two contexts are equal when a template would see the same values in both, the lazily computed
/// navigation included. An incremental rebuild reuses a page's HTML only when its new context is
/// equal to the one that rendered it, so this comparison is what makes reuse safe: nothing a
/// template can read escapes it.
extension PageContext: Equatable {
  public static func == (lhs: PageContext, rhs: PageContext) -> Bool {
    lhs.rendersAlike(rhs, comparingNav: true, comparingSidebar: true)
  }

  /// Equality for a theme that may not read `nav` or `sidebar` at all
  /// (``Theme/mentions(_:)``): two contexts that differ only there render alike under it, and
  /// comparing them then computes neither, which for a page among 500 siblings is most of the cost.
  public func rendersAlike(_ other: PageContext, comparingNav: Bool, comparingSidebar: Bool) -> Bool {
    site == other.site && page == other.page && breadcrumbs == other.breadcrumbs && entity == other.entity
      && children == other.children && content == other.content && previous == other.previous
      && next == other.next && toc == other.toc && (!comparingNav || nav == other.nav)
      && (!comparingSidebar || sidebar == other.sidebar)
  }
}
