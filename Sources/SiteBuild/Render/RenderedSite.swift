import Diagnostics

/// The output of the render stage: every file of the site, in memory, sorted by path.
public struct RenderedSite: Sendable {
  public var files: [OutputFile]
  public var diagnostics: [Diagnostic]
  public var pageCount: Int
}
