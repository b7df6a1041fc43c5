import Dataset
import Diagnostics

/// The output of the render stage: every file of the site, in memory, sorted by path.
public struct RenderedSite: Sendable {
  public var files: [OutputFile]
  /// What this stage found; ``BuildPipeline`` gathers every stage's.
  public var diagnostics: [Diagnostic]
  public var pageCount: Int
  /// What the dataset holds; nil for a site without one.
  public var datasetSummary: DatasetSummary?
  /// Size of the search index (every file under `search/`), reported by the build so its growth
  /// stays visible.
  public var searchIndexBytes: Int
  /// What a later build needs to patch this output after an edit of some pages' prose, when the
  /// render was asked to keep it; the build completes it with the input fingerprint's parts.
  var ledger: PatchLedger?

  public init(
    files: [OutputFile], diagnostics: [Diagnostic], pageCount: Int, datasetSummary: DatasetSummary? = nil,
    searchIndexBytes: Int = 0
  ) {
    self.searchIndexBytes = searchIndexBytes
    self.files = files
    self.diagnostics = diagnostics
    self.pageCount = pageCount
    self.datasetSummary = datasetSummary
  }
}
