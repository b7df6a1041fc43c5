import Dataset
import Diagnostics
import Markdown

/// Stage 3b: resolves every page's links, images and directives against the routed site, checking
/// each anchor against the page it points at, and gathers which pages link to each entity.
public enum LinkResolver {
  /// Both halves of stage 3, routing then linking, with both halves' findings.
  public static func resolve(_ site: LoadedSite, jobs: Int = 1) -> ResolvedSite {
    var memory = ResolveMemory()
    let routed = SiteRouter.route(site, jobs: jobs, memory: &memory)
    var resolved = resolve(routed, jobs: jobs, memory: &memory)
    resolved.diagnostics = routed.diagnostics + resolved.diagnostics
    return resolved
  }

  /// Resolves the links of the routed site, reusing from `memory` those of every page whose
  /// document, paths and the anchors it checked are unchanged (see ``ResolveMemory``). The
  /// diagnostics are the links' own; the routing's stay in ``RoutedSite/diagnostics``.
  public static func resolve(_ routed: RoutedSite, jobs: Int = 1, memory: inout ResolveMemory) -> ResolvedSite
  {
    let site = routed.site
    var pages = routed.pages
    var bag = DiagnosticBag()
    var backlinks: [EntityReference: Set<String>] = [:]
    let links = PageLinks(
      dataset: site.dataset, routeByContentPath: routed.routeByContentPath, entityRoutes: routed.entityRoutes,
      entityByRoute: Dictionary(routed.entityRoutes.map { ($0.value, $0.key) }, uniquingKeysWith: min),
      anchorsByPath: Dictionary(uniqueKeysWithValues: pages.map { ($0.outputPath, $0.anchors) }),
      assetPaths: Set(routed.assets.map(\.path)).union(routed.generatedFiles.keys),
      draftPaths: routed.draftPaths,
      contentFolder: site.contentFolder, linkSeverity: site.config.links.severity,
      allowRawHTML: site.config.allowRawHTML)
    // Only some pages' bodies changed, and no route, anchor, setting or dataset did: the structure
    // is the last one, and every other page's links are as they were.
    let edited: Set<String>? =
      if case .only(let paths) = routed.changes, memory.structure != nil { paths } else { nil }
    let previousLinks: [String: ResolveMemory.Links]
    if edited != nil {
      previousLinks = memory.links
    } else {
      let structure = links.structure
      previousLinks = memory.structure == structure ? memory.links : [:]
      if memory.recording { memory.structure = structure }
    }
    let anchorsByPath = links.anchorsByPath
    let worked = Parallel.map(pages, jobs: jobs) { page in
      resolvingLinks(
        page, with: links, anchorsByPath: anchorsByPath, previous: previousLinks[page.outputPath],
        unchanged: edited.map { !$0.contains(page.outputPath) } ?? false)
    }
    if memory.recording {
      memory.links = Dictionary(uniqueKeysWithValues: zip(pages, worked).map { ($0.outputPath, $1.record) })
    }
    memory.pagesResolved = zip(pages, worked).filter { $1.fresh }.map(\.0.outputPath).sorted()
    let resolved = worked.map(\.result)
    for (index, (page, diagnostics, referenced)) in resolved.enumerated() {
      pages[index] = page
      bag.append(contentsOf: diagnostics)
      for reference in referenced where reference != page.entity {
        backlinks[reference, default: []].insert(page.outputPath)
      }
    }
    var resolvedSite = ResolvedSite(
      config: site.config, dataset: site.dataset, theme: site.theme, assets: routed.assets,
      pages: pages.sorted { $0.outputPath < $1.outputPath }, entityRoutes: routed.entityRoutes,
      backlinks: backlinks.mapValues { $0.sorted() }, diagnostics: bag.diagnostics)
    // The edited pages refer to the entities they did, so every backlink is as it was.
    if let edited,
      zip(pages, worked).allSatisfy({ page, work in
        !edited.contains(page.outputPath)
          || previousLinks[page.outputPath]?.referenced == work.record.referenced
      })
    {
      resolvedSite.changes = .only(edited)
    }
    return resolvedSite
  }

  /// One page's links resolved, or taken from `previous` when its document, paths and the anchors
  /// it checked are unchanged (the site's structure was compared by the caller).
  private static func resolvingLinks(
    _ page: ResolvedPage, with links: PageLinks, anchorsByPath: [String: Set<String>],
    previous: ResolveMemory.Links?, unchanged: Bool
  ) -> (
    result: (ResolvedPage, [Diagnostic], Set<EntityReference>), record: ResolveMemory.Links, fresh: Bool
  ) {
    let key = ResolveMemory.LinkKey(
      document: page.document, sourcePath: page.sourcePath, outputPath: page.outputPath)
    if let previous,
      unchanged
        || (previous.key == key && previous.consulted.allSatisfy({ anchorsByPath[$0.key] == $0.value }))
    {
      var page = page
      page.rewrites.destinations = previous.destinations
      page.directives = previous.directives
      return ((page, previous.diagnostics, previous.referenced), previous, false)
    }
    let (resolved, diagnostics, referenced, consulted) = links.resolveRecording(page)
    let record = ResolveMemory.Links(
      key: key, consulted: consulted, destinations: resolved.rewrites.destinations,
      directives: resolved.directives, diagnostics: diagnostics, referenced: referenced)
    return ((resolved, diagnostics, referenced), record, true)
  }
}
