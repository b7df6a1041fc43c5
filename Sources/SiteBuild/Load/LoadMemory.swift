import Dataset
import Diagnostics
import Markdown
import SiteTheme

/// What one load parsed, kept so the next load of an edited site parses only what changed: each
/// page by its bytes, the dataset by all its files, the theme by its templates.
///
/// Every entry is keyed by the complete input of the work it saves (a page's bytes, its path and
/// the Markdown settings), so a reused result is the one a fresh parse would give.
public struct LoadMemory: Sendable {
  struct PageKey: Hashable, Sendable {
    var file: SourceFile
    var contentFolder: String
    var extensions: MarkdownExtensions
  }

  struct ParsedPage: Sendable {
    var page: LoadedPage
    var diagnostics: [Diagnostic]
  }

  var pages: [String: (key: PageKey, parsed: ParsedPage)] = [:]
  var dataset: (files: [SourceFile], folder: String, dataset: Dataset, diagnostics: [Diagnostic])?
  var theme: (templates: [SourceFile], path: String, theme: Theme, diagnostics: [Diagnostic])?
  /// Pages the last load parsed rather than reused.
  public internal(set) var pagesParsed: [String] = []
  /// Whether the last load parsed the dataset and the theme again.
  public internal(set) var datasetParsed = false
  public internal(set) var themeParsed = false

  /// The last load's settings, assets and list of page paths, to tell whether only pages' bodies
  /// changed since (``LoadedSite/bodyChanges``).
  var lastSurroundings: Surroundings?

  struct Surroundings: Equatable, Sendable {
    var config: SiteConfig
    var assets: [OutputFile]
    var assetSources: [String]
    var pagePaths: [String]
  }

  /// The last load, each page's diagnostics in its order, and where each source's page is in it:
  /// what a load after a rescan that changed only pages patches (``SiteLoader``).
  var lastLoaded: LoadedSite?
  var pageDiagnostics: [[Diagnostic]] = []
  var pageIndex: [String: Int] = [:]

  /// False for a one-off build, which keeps nothing for a next one.
  public var recording = true

  public init() {}
}
