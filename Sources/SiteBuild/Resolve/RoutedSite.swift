import Dataset
import Diagnostics

/// The routing half of stage 3, whose output the linking half takes: every page at its place in
/// the output (authored, entity, reference, section and not-found pages), bound to its entity,
/// with its heading ids and every anchor a link may target; links are not resolved yet. The names
/// the render stage writes besides the pages (search, navigation, the one-page view, exports) are
/// reserved here, so no authored file takes one.
public struct RoutedSite: Sendable {
  var site: LoadedSite
  /// What routing found: collisions, unsafe names, entity bindings.
  var bag = DiagnosticBag()
  var pages: [ResolvedPage] = []
  /// Output path of each authored page, by its path under `Content/`.
  var routeByContentPath: [String: String] = [:]
  var entityRoutes: [EntityReference: String] = [:]
  /// Assets that no other file or generated file collides with.
  var assets: [OutputFile] = []
  /// The site's mdBook table of contents, when it has one.
  var summary: SummaryFile?
  /// Pages left out as drafts, by their path under `Content/`, so links to them can say why.
  var draftPaths: Set<String> = []
  /// Which pages (by output path) changed since the last routing, when only their bodies did and
  /// their anchors stayed.
  var changes: PageChanges = .unknown

  init(site: LoadedSite) { self.site = site }

  public var diagnostics: [Diagnostic] { bag.diagnostics }
}
