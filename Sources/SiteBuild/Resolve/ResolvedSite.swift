import Dataset
import Diagnostics
import SiteTheme

/// The output of the resolve stage and the input of the render stage: every page has its output
/// path, every link its final form, every entity its page.
public struct ResolvedSite: Sendable {
  public var config: SiteConfig
  public var dataset: Dataset
  public var theme: Theme
  public var assets: [OutputFile]
  /// Sorted by output path.
  public var pages: [ResolvedPage]
  /// The output path of each entity's page.
  public var entityRoutes: [EntityReference: String]
  /// For each entity, the output paths of the pages that link to it, sorted.
  public var backlinks: [EntityReference: [String]]
  public var diagnostics: [Diagnostic]

  public func page(at path: String) -> ResolvedPage? {
    pages.first { $0.outputPath == path }
  }
}
