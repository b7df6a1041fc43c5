import Dataset
import Diagnostics
import Markdown
import SiteTheme

/// What one render produced for each page, kept so the next render of an edited site redoes only
/// the pages whose output can differ.
///
/// This is the rebuild's dependency record, written as values rather than as edges: each entry
/// holds the complete input of the work it saves. A page's body is keyed by its parsed document,
/// its resolved links and heading ids, its directives with what they draw from (the dataset, the
/// entity routes, the theme and the page's place) and the renderer's options; its
/// HTML by the whole template context (title, body, navigation, breadcrumbs, neighbours, entity
/// facts, backlinks) and the theme. A page is rendered again exactly when one of these differs,
/// so an edit that changes another page's title re-renders the pages whose sidebar, breadcrumbs,
/// pager or index shows that title, and no others. Nothing can be missed by a hand-kept list of
/// "who depends on whom", which is how partial rebuilds elsewhere went wrong.
///
/// Two shortcuts skip the keys of pages proved unaffected (``PageChanges``): after body-only edits
/// every other page is taken as it was; after a retitling, only the pages ``SiteRenderer`` finds
/// able to show a title are checked. That second rule is a hand-kept list of what shows a title
/// (the tree, the pager, backlinks), so `IncrementalRebuildTests` replays random edit sequences,
/// retitlings among them, against clean builds with a theme that draws all three.
public struct RenderMemory: Sendable {
  struct BodyKey: Equatable, Sendable {
    var document: MarkdownDocument?
    var rewrites: HTMLRenderer.Rewrites
    var directives: DirectiveInputs?
    var options: HTMLRenderer.Options
  }

  /// Everything a page's directives are drawn from, compared before any is drawn: drawing them
  /// through the theme's partials costs far more than comparing these values, whose storage an
  /// unchanged site shares with the last build.
  struct DirectiveInputs: Equatable, Sendable {
    var directives: [MarkdownPoint: Directive]
    var dataset: Dataset
    var entityRoutes: [EntityReference: String]
    var theme: Theme
    var pagePath: String
  }

  struct PageKey: Equatable, Sendable {
    var context: PageContext
    var template: TemplateName
    var theme: Theme

    /// The same theme and template, and contexts that render alike under that theme.
    static func == (lhs: PageKey, rhs: PageKey) -> Bool {
      lhs.template == rhs.template && lhs.theme == rhs.theme
        && lhs.context.rendersAlike(
          rhs.context, comparingNav: lhs.theme.mentions("nav"),
          comparingSidebar: lhs.theme.mentions("sidebar"))
    }
  }

  /// What a page's template context is made from, apart from the site's tree: when it and the tree
  /// (``navigation``) are unchanged, the context is too and need not be built and compared again.
  struct ContextKey: Equatable, Sendable {
    var page: PageFields
    var body: String
    var entity: EntityView?
    var site: SiteView
    var baseURL: String?
    var template: TemplateName
    var theme: Theme
  }

  /// The fields of a ``ResolvedPage`` its own context shows.
  struct PageFields: Equatable, Sendable {
    var outputPath: String
    var title: String
    var description: String?
    var document: MarkdownDocument?
    var headingIDs: NumberedStrings
    var extra: [String: String]
  }

  /// What the site's tree shows of a page: its path, title, order and description. The navigation,
  /// breadcrumbs, sidebar, pager and section lists of every page follow from these.
  struct TreeEntry: Equatable, Sendable {
    var outputPath: String
    var title: String
    var order: Int?
    var description: String?
  }

  /// One page's work, made once and then only read: a class, so the render's memory of 10,000
  /// pages is passed and kept by reference rather than copied field by field.
  final class Entry: Sendable {
    let bodyKey: BodyKey
    let body: RenderedBody
    let contextKey: ContextKey
    let pageKey: PageKey
    /// Kept as bytes, so an unchanged page is the same buffer in every build that reuses it.
    let html: [UInt8]
    /// The entity's facts as the theme draws them, for the one-page view; nil on other pages.
    let facts: String?
    /// Each directive's view and HTML, by the position of its fence, so a body rendered again
    /// draws only the directives whose view changed.
    let drawn: [MarkdownPoint: DrawnDirective]

    init(
      bodyKey: BodyKey, body: RenderedBody, contextKey: ContextKey, pageKey: PageKey, html: [UInt8],
      facts: String?,
      drawn: [MarkdownPoint: DrawnDirective]
    ) {
      self.bodyKey = bodyKey
      self.body = body
      self.contextKey = contextKey
      self.pageKey = pageKey
      self.html = html
      self.facts = facts
      self.drawn = drawn
    }
  }

  /// A directive's HTML with what it was drawn from: its view and the theme's partials.
  struct DrawnDirective: Sendable {
    var view: DirectiveView
    var theme: Theme
    var html: String
  }

  var pages: [String: Entry] = [:]
  /// The last render's page files (in the site's page order), bodies and facts, which a render
  /// after body-only edits patches in place.
  var lastPages: Pages?

  struct Pages: Sendable {
    var files: [OutputFile]
    var bodies: [String: RenderedPart]
    var facts: [String: RenderedPart]
    /// Each readable page's search entry, in page order, when the render made them beside the
    /// pages (a one-off build, which lets each tree go once its page is drawn); nil otherwise.
    var searchEntries: [SearchIndexBuilder.PageEntry]? = nil
    /// The Markdown pages' ledger entries, by output path, for a one-off build that keeps a ledger
    /// (the view's and the index's parts are filled in later).
    var ledger: [String: PatchLedger.Page] = [:]
    /// The one-page view's files left to write, when it was drawn as the pages rendered
    /// (``HandbookStream``); the bodies then hold only their sizes.
    var handbook: [OutputFile]? = nil
    /// The pages whose Markdown could not be read again to render them (``DeferredMarkdown``).
    var diagnostics: [Diagnostic] = []
  }
  /// Each folder's listing in the last render (``TreeChanges``).
  var listings: [String: [TreeEntry]] = [:]
  var navTree: OutputFile?
  /// The last render's navigation, which only a change to titles, order or the set of pages alters.
  var navigation: Navigation?
  var search = SearchIndexBuilder.Memory()
  var handbook = HandbookBuilder.Memory()
  /// The dataset's exports, kept with the dataset and title they were made from.
  var exports: Exports?

  /// The files of `data/` and the inputs they were made from.
  struct Exports: Sendable {
    let dataset: Dataset
    let title: String
    let files: [OutputFile]
  }

  /// Output paths of the pages the last render rendered through the theme, sorted.
  public internal(set) var pagesRendered: [String] = []
  /// Output paths of the pages whose Markdown body the last render rendered, sorted.
  public internal(set) var bodiesRendered: [String] = []
  /// What the last render was told had changed: `.only` when it took every other page from
  /// memory unchecked (``PageChanges``).
  public internal(set) var lastChanges: PageChanges = .unknown
  /// How many directives the last render drew through the theme, rather than kept.
  public internal(set) var directivesDrawn = 0

  /// False for a one-off build (`demarc build`, `check`): nothing is kept, which saves the memory
  /// and the time of keeping it.
  public var recording: Bool

  /// Whether a one-off render also makes the ledger a later build patches its output from
  /// (``PatchLedger``).
  var keepsLedger = false

  /// Body bytes above which the one-page view splits into volumes; tests lower it.
  var handbookVolumeLimit = HandbookVolumes.limit

  public init(recording: Bool = true) { self.recording = recording }
}
