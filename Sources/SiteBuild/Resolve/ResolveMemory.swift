import Dataset
import Diagnostics
import Markdown

/// What one resolve worked out per page, kept so the next resolve of an edited site redoes only
/// the pages whose result can differ.
///
/// - A page's heading ids follow from its document and the ids it must avoid (the theme's, and an
///   entity page's generated anchors).
/// - A page's links follow from its document and paths, from the site's structure (routes, entity
///   pages, assets, drafts, settings, the dataset), and from the anchors of the pages whose
///   fragments it checked. That last part is recorded per page, so a heading renamed on one page
///   re-resolves only the pages that link into it.
public struct ResolveMemory: Sendable {
  struct HeadingKey: Equatable, Sendable {
    var document: MarkdownDocument?
    var reserved: Set<String>
  }

  struct Headings: Sendable {
    var key: HeadingKey
    var ids: NumberedStrings
    var anchors: Set<String>
  }

  struct LinkKey: Equatable, Sendable {
    var document: MarkdownDocument?
    var sourcePath: String?
    var outputPath: String
  }

  /// One page's resolved links, made once and then only read: a class, so keeping 10,000 of them
  /// between builds costs no copies.
  final class Links: Sendable {
    let key: LinkKey
    /// The anchors of each page whose fragments this page's links checked, as they were.
    let consulted: [String: Set<String>]
    let destinations: NumberedStrings
    let directives: [MarkdownPoint: Directive]
    let diagnostics: [Diagnostic]
    let referenced: Set<EntityReference>

    init(
      key: LinkKey, consulted: [String: Set<String>], destinations: NumberedStrings,
      directives: [MarkdownPoint: Directive], diagnostics: [Diagnostic], referenced: Set<EntityReference>
    ) {
      self.key = key
      self.consulted = consulted
      self.destinations = destinations
      self.directives = directives
      self.diagnostics = diagnostics
      self.referenced = referenced
    }
  }

  var headings: [String: Headings] = [:]
  var links: [String: Links] = [:]
  var structure: SharedValue<PageLinks.Structure>?
  /// The settings the last routing saw (after the command line's overrides).
  var lastConfig: SiteConfig?
  /// The last routing, which a rebuild after body-only edits patches in place
  /// (``SiteRouter/route(_:jobs:memory:)``), and where in its pages each source's page is.
  var lastRouted: RoutedSite?
  var routedIndex: [String: Int] = [:]
  /// The last resolve and what it checked links against, which a rebuild after body-only edits
  /// patches in place (``LinkResolver/resolve(_:jobs:memory:)``).
  var lastResolved: ResolvedSite?
  var lastLinks: PageLinks?
  /// Output paths of the pages whose links the last resolve checked again, sorted; left empty by a
  /// one-off build.
  public internal(set) var pagesResolved: [String] = []
  /// What the router told the last resolve had changed: not `.unknown` when the resolve patched
  /// its last result rather than checking every page (``PageChanges``).
  public internal(set) var lastChanges: PageChanges = .unknown

  /// False for a one-off build, which keeps nothing for a next one.
  public var recording = true

  public init() {}
}
