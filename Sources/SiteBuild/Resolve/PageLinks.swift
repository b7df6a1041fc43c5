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
  let anchorsByPath: [String: Set<String>]
  let assetPaths: Set<String>
  /// Pages left out as drafts, by their path under `Content/`.
  let draftPaths: Set<String>
  /// The folder of pages, for messages (`Content`).
  let contentFolder: String
  /// How a broken link or anchor is reported (`links: warn` makes it a warning).
  let linkSeverity: Severity
  let allowRawHTML: Bool

  /// The page with links rewritten and directives parsed, its diagnostics, and the entities it
  /// refers to (for backlinks).
  func resolve(_ page: ResolvedPage) -> (ResolvedPage, [Diagnostic], Set<EntityReference>) {
    guard let document = page.document, let sourcePath = page.sourcePath else { return (page, [], []) }
    var page = page
    var context = LinkContext(site: self, pagePath: page.outputPath, sourcePath: sourcePath)
    var linkNumber = 0
    document.forEach { node in
      switch node.kind {
      case .link(let destination, _), .image(let destination, _):
        let resolved = context.resolve(node, destination: destination)
        // By scalars: a fragment respelled in NFC compares equal as a Swift string.
        if !resolved.unicodeScalars.elementsEqual(destination.unicodeScalars) {
          page.rewrites.destinations[linkNumber] = resolved
        }
        linkNumber += 1
      default:
        context.inspect(node)
      }
    }
    var referenced = context.referencedEntities
    var parser = DirectiveParser(dataset: dataset, file: sourcePath)
    document.forEach { node in
      guard case .codeBlock(let info, let literal) = node.kind, DirectiveParser.isDirective(info: info) else {
        return
      }
      if let directive = parser.parse(
        info: info, body: literal, line: node.start.line, column: node.start.column)
      {
        page.directives[node.start] = directive
        referenced.formUnion(directive.references)
      }
    }
    return (page, context.bag.diagnostics + parser.bag.diagnostics, referenced)
  }
}
