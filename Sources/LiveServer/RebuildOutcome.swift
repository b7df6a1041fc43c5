import Diagnostics
import SiteBuild

/// One build of the serve loop, for the terminal: what it found and how much work it redid.
public struct RebuildOutcome: Sendable {
  /// Nil when the build could not run at all (see ``failure``).
  public var result: BuildPipeline.Result?
  public var duration: Duration
  /// Files read from disk, pages parsed and pages rendered; the rest came from the last build.
  public var filesRead: Int
  public var pagesParsed: Int
  public var pagesRendered: Int
  /// The generation now served; unchanged when this build failed.
  public var generation: Int
  /// Set when the build could not run at all (the site root vanished...).
  public var failure: String?

  /// Whether the build failed, so the last good site stays served.
  public var failed: Bool { failure != nil || (result?.failed(strict: strict) ?? true) }
  var strict = false

  public var diagnostics: [Diagnostic] { result?.diagnostics ?? [] }
}
