import Dataset
import Diagnostics
import Markdown

/// Everything needed to resolve one page's links and directives, shared read-only by every page.
struct PageLinks: Sendable {
  let dataset: Dataset
  let routeByContentPath: [String: String]
  let entityRoutes: [EntityReference: String]
  /// The inverse of `entityRoutes`: which entity a page is about, for backlinks through `.md` links.
  let entityByRoute: [String: EntityReference]
  /// Every page's anchors; a rebuild after a retitling puts the edited pages' new ones in place.
  var anchorsByPath: [String: Set<String>]
  let assetPaths: Set<String>
  /// Pages left out as drafts, by their path under `Content/`.
  let draftPaths: Set<String>
  /// The folder of pages, for messages (`Content`).
  let contentFolder: String
  /// How a broken link or anchor is reported (`links: warn` makes it a warning).
  let linkSeverity: Severity
  let allowRawHTML: Bool

  /// Everything a page's links resolve against except the pages' anchors, which
  /// ``ResolveMemory`` tracks page by page.
  struct Structure: Equatable, Sendable {
    var dataset: Dataset
    var routeByContentPath: [String: String]
    var entityRoutes: [EntityReference: String]
    var pagePaths: Set<String>
    var assetPaths: Set<String>
    var draftPaths: Set<String>
    var contentFolder: String
    var linkSeverity: Severity
    var allowRawHTML: Bool
  }

  var structure: Structure {
    Structure(
      dataset: dataset, routeByContentPath: routeByContentPath, entityRoutes: entityRoutes,
      pagePaths: Set(anchorsByPath.keys), assetPaths: assetPaths, draftPaths: draftPaths,
      contentFolder: contentFolder, linkSeverity: linkSeverity, allowRawHTML: allowRawHTML)
  }

  /// The page with links rewritten and directives parsed, its diagnostics, and the entities it
  /// refers to (for backlinks).
  func resolve(_ page: ResolvedPage) -> (ResolvedPage, [Diagnostic], Set<EntityReference>) {
    let (resolved, diagnostics, referenced, _) = resolveRecording(page)
    return (resolved, diagnostics, referenced)
  }

  /// ``resolve(_:)``, also returning the anchors of each page whose fragments were checked.
  func resolveRecording(_ page: ResolvedPage) -> (
    ResolvedPage, [Diagnostic], Set<EntityReference>, consulted: [String: Set<String>]
  ) {
    guard let document = page.document, let sourcePath = page.sourcePath else { return (page, [], [], [:]) }
    var page = page
    var context = LinkContext(site: self, pagePath: page.outputPath, sourcePath: sourcePath)
    var parser = DirectiveParser(dataset: dataset, file: sourcePath)
    var referenced: Set<EntityReference> = []
    // Gathered, then packed at the size they are (``NumberedStrings``).
    var destinations: [(Int, String)] = []
    // One walk gathers the links and the directives.
    document.forEachNumbered { node, slot in
      switch (node.kind, slot) {
      case (.link(let destination, _), .link(let number)), (.image(let destination, _), .link(let number)):
        let resolved = context.resolve(node, destination: destination)
        // By scalars: a fragment respelled in NFC compares equal as a Swift string.
        if !resolved.unicodeScalars.elementsEqual(destination.unicodeScalars) {
          destinations.append((number, resolved))
        }
      case (.codeBlock(let info, let literal), _) where DirectiveParser.isDirective(info: info):
        context.inspect(node)
        if let directive = parser.parse(
          info: info, body: literal, line: node.start.line, column: node.start.column)
        {
          page.directives[node.start] = directive
          referenced.formUnion(directive.references)
        }
      default:
        context.inspect(node)
      }
    }
    page.rewrites.destinations = NumberedStrings(destinations)
    referenced.formUnion(context.referencedEntities)
    return (page, context.bag.diagnostics + parser.bag.diagnostics, referenced, context.consultedAnchors)
  }
}
