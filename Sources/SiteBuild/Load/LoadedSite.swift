import Dataset
import Diagnostics
import SiteTheme

/// The output of the load stage and the input of the resolve stage.
public struct LoadedSite: Sendable {
  public var config: SiteConfig
  public var pages: [LoadedPage]
  public var dataset: Dataset
  public var theme: Theme
  /// Files copied as they are, with their output paths: theme assets and Content assets.
  public var assets: [OutputFile]
  /// Where each of `assets` came from (`Theme/assets/site.css`, `Content/logo.png`), same order.
  public var assetSources: [String]
  /// The folder of pages, relative to the site root, for messages (`Content`, or `content:`).
  public var contentFolder: String
  /// What this stage found (decoding, front matter, the dataset, templates); the scan's findings
  /// stay in the ``SourceSet``, and ``BuildPipeline`` gathers every stage's.
  public var diagnostics: [Diagnostic]
  /// Which pages (by source path) changed since the last load, when only their bodies did.
  public var bodyChanges: PageChanges = .unknown
}
