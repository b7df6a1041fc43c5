import Dataset
import Diagnostics
import Markdown
import SiteTheme

/// The output of the resolve stage and the input of the render stage: every page has its output
/// path, every link its final form, every entity its page.
public struct ResolvedSite: Sendable {
  public var config: SiteConfig
  public var dataset: Dataset
  public var theme: Theme
  public var assets: [OutputFile]
  /// Sorted by output path.
  public private(set) var pages: [ResolvedPage]
  /// The output path of each entity's page.
  public var entityRoutes: [EntityReference: String]
  /// For each entity, the output paths of the pages that link to it, sorted.
  public var backlinks: [EntityReference: [String]]
  /// What this stage found (routes, entity bindings, links, directives); ``BuildPipeline`` gathers
  /// every stage's.
  public var diagnostics: [Diagnostic]
  /// Which pages (by output path) changed since the last resolve, when only their content did and
  /// nothing another page shows of them.
  public var changes: PageChanges = .unknown

  /// Page positions by output path; lookups happen for every backlink of every entity page.
  let indexByPath: [String: Int]

  init(
    config: SiteConfig, dataset: Dataset, theme: Theme, assets: [OutputFile], pages: [ResolvedPage],
    entityRoutes: [EntityReference: String], backlinks: [EntityReference: [String]], diagnostics: [Diagnostic]
  ) {
    self.config = config
    self.dataset = dataset
    self.theme = theme
    self.assets = assets
    self.pages = pages
    self.entityRoutes = entityRoutes
    self.backlinks = backlinks
    self.diagnostics = diagnostics
    self.indexByPath = Dictionary(uniqueKeysWithValues: pages.enumerated().map { ($1.outputPath, $0) })
  }

  public func page(at path: String) -> ResolvedPage? {
    indexByPath[path].map { pages[$0] }
  }

  /// Whether a page sits at `path`, without copying the page (the one-page view asks it for every
  /// link of every page).
  public func hasPage(at path: String) -> Bool { indexByPath[path] != nil }

  /// Every page's Markdown, taken out of the pages (left without it), in page order: a one-off
  /// render hands each to the worker that renders its page, which parses it when only the outline
  /// was kept (``PageOutline``) and lets it go, so the trees of the site are never all alive.
  mutating func takeDocuments() -> [PendingDocument?] {
    var documents: [PendingDocument?] = []
    documents.reserveCapacity(pages.count)
    for index in pages.indices {
      let markdown = pages[index].markdown
      documents.append(
        markdown.map(PendingDocument.markdown) ?? pages[index].document.map(PendingDocument.parsed))
      pages[index].document = nil
      pages[index].markdown = nil
    }
    return documents
  }

  /// A page's tree as the render gets it: whole, or as its Markdown to parse.
  enum PendingDocument: Sendable {
    case parsed(MarkdownDocument)
    case markdown(DeferredMarkdown)

    /// The whole tree, parsed with the extensions the load used.
    func document(extensions: MarkdownExtensions) throws(DeferredMarkdown.Unavailable) -> MarkdownDocument {
      switch self {
      case .parsed(let document): document
      case .markdown(let source): try source.parse(extensions: extensions)
      }
    }
  }

  /// Puts `page` in the place of the page at its output path; false, changing nothing, when there
  /// is none.
  mutating func replace(_ page: ResolvedPage) -> Bool {
    guard let index = indexByPath[page.outputPath] else { return false }
    pages[index] = page
    return true
  }
}
