import Dataset
import Markdown
import SiteTheme

/// A page with its final place in the output and its links resolved.
public struct ResolvedPage: Sendable {
  /// How the page came to be, which decides its inner template.
  public enum Origin: String, Sendable {
    /// Written in Markdown under `Content/`.
    case authored = "page"
    /// Generated for a dataset entity that has no page of prose.
    case entity
    /// Generated index of a folder that has no `index.md`.
    case section
    /// A generated reference page built from directives (the full matrix, the dispute register).
    case reference = "reference"
  }

  /// Relative to the output root, e.g. `services/rds.html`.
  public var outputPath: String
  public var origin: Origin
  public var title: String
  public var description: String?
  public var order: Int?
  /// The Markdown source, relative to the site root; nil for generated pages.
  public var sourcePath: String?
  /// The parsed Markdown, as loaded; nil for generated pages.
  public var document: MarkdownDocument?
  /// Resolved link destinations and assigned heading ids, applied when the page is rendered.
  public var rewrites = HTMLRenderer.Rewrites()
  /// The entity whose page this is.
  public var entity: EntityReference?
  /// Every `id` a link may target on this page.
  public var anchors: Set<String>
  /// Front matter's `extra:` values, for templates (`{{page.extra.KEY}}`).
  public var extra: [String: String] = [:]
  /// The page's `demarc` code blocks, parsed and checked, by the position of their fence.
  public var directives: [MarkdownPoint: Directive] = [:]

  /// The inner template: `entity` for any page about an entity, else by origin.
  public var template: TemplateName {
    switch (entity, origin) {
    case (.some, _): .entity
    case (nil, .section): .section
    case (nil, _): .page
    }
  }
}
