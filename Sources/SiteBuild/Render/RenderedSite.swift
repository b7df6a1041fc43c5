import Dataset
import Diagnostics

/// The output of the render stage: every file of the site, in memory, sorted by path.
public struct RenderedSite: Sendable {
  public var files: [OutputFile]
  public var diagnostics: [Diagnostic]
  public var pageCount: Int
  /// What the dataset holds; nil for a site without one.
  public var datasetSummary: DatasetSummary?

  public init(
    files: [OutputFile], diagnostics: [Diagnostic], pageCount: Int, datasetSummary: DatasetSummary? = nil
  ) {
    self.files = files
    self.diagnostics = diagnostics
    self.pageCount = pageCount
    self.datasetSummary = datasetSummary
  }
}
