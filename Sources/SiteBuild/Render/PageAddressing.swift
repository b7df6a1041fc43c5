/// How one rendered page writes its links and ids, decided once for everything the page holds: its
/// Markdown body, its directives' tables and diagrams, its entity facts.
///
/// On the site a link is relative to the page and ids are as assigned. In the one-page view every
/// page is a section of one document, so every id takes the section's id as its prefix, and a link
/// to another page becomes a link to that page's section (``HandbookBuilder``). Rendering each body
/// under its namespace replaced a byte scanner that rewrote the site's HTML after the fact.
struct PageAddressing {
  /// The page being rendered, as the site places it.
  let pagePath: String
  /// What every id the page writes starts with: empty on the site.
  let idPrefix: String
  /// A link as the site writes it, as this view must write it; nil keeps the site's.
  private let mapping: ((String) -> String)?
  /// A link to an output file and anchor, as this view writes it; nil writes the site's link.
  /// Links the page builds from a route take this way, without writing and parsing a relative path.
  private let routeMapping: ((String, String?) -> String)?

  /// The site's addressing: relative links, ids as assigned.
  static func site(_ pagePath: String) -> PageAddressing {
    PageAddressing(pagePath: pagePath, idPrefix: "", mapping: nil, routeMapping: nil)
  }

  /// An addressing whose ids start with `idPrefix`, whose site links pass through `mapping`, and
  /// whose links to a route and anchor are `routeMapping`'s.
  static func namespaced(
    _ pagePath: String, idPrefix: String, mapping: @escaping (String) -> String,
    routeMapping: @escaping (String, String?) -> String
  ) -> PageAddressing {
    PageAddressing(pagePath: pagePath, idPrefix: idPrefix, mapping: mapping, routeMapping: routeMapping)
  }

  /// The id the page writes for `id`.
  func id(_ id: String) -> String { idPrefix + id }

  /// A link to `id` on this same page.
  func fragment(_ id: String) -> String { "#" + self.id(id) }

  /// A link to the output file `route`, optionally to one of its anchors.
  func link(to route: String, anchor: String? = nil) -> String {
    routeMapping?(route, anchor)
      ?? SitePath.relativeLink(from: pagePath, to: route) + (anchor.map { "#\($0)" } ?? "")
  }

  /// A link written as the site writes it (relative to the page), as this view writes it.
  func map(_ siteHref: String) -> String { mapping?(siteHref) ?? siteHref }
}
