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
  ///
  /// The routed site is taken: in a build that keeps each page's Markdown for the render
  /// (``PageOutline``), a page's outline is let go as soon as its links are resolved, in the worker
  /// that resolved them, so the memory of the outlines is there for the links' results.
  public static func resolve(
    _ routed: consuming RoutedSite, jobs: Int = 1, memory: inout ResolveMemory
  ) -> ResolvedSite {
    memory.lastChanges = .unknown
    if let patched = patched(routed, memory: &memory) {
      memory.lastChanges = routed.changes
      return patched
    }
    let site = routed.site
    var bag = DiagnosticBag()
    var backlinks: [EntityReference: Set<String>] = [:]
    let links = PageLinks(
      dataset: site.dataset, routeByContentPath: routed.routeByContentPath, entityRoutes: routed.entityRoutes,
      entityByRoute: Dictionary(routed.entityRoutes.map { ($0.value, $0.key) }, uniquingKeysWith: min),
      anchorsByPath: Dictionary(uniqueKeysWithValues: routed.pages.map { ($0.outputPath, $0.anchors) }),
      assetPaths: Set(routed.assets.map(\.path)).union(routed.generatedFiles.keys),
      draftPaths: routed.draftPaths,
      contentFolder: site.contentFolder, linkSeverity: site.config.links.severity,
      allowRawHTML: site.config.allowRawHTML)
    let structure = SharedValue(links.structure)
    let previousLinks = memory.structure == structure ? memory.links : [:]
    if memory.recording { memory.structure = structure }
    let anchorsByPath = links.anchorsByPath
    let recording = memory.recording
    // Handed over one by one, so each worker holds the only copy of the page it resolves.
    let waiting = TakeOnce(routed.pages.map(Optional.some))
    let count = routed.pages.count
    routed.pages = []
    let worked = Parallel.map(Array(0..<count), jobs: jobs) { index in
      guard let page = waiting.take(at: index) else { preconditionFailure("page \(index) taken twice") }
      var (result, record, fresh) = resolvingLinks(
        page, with: links, anchorsByPath: anchorsByPath, previous: previousLinks[page.outputPath])
      if result.0.markdown != nil { result.0.document = nil }
      return (result: result, record: recording ? record : nil, fresh: fresh)
    }
    var pages = worked.map(\.result.0)
    if recording {
      memory.links = Dictionary(
        uniqueKeysWithValues: zip(pages, worked).compactMap { page, work in
          work.record.map { (page.outputPath, $0) }
        })
    }
    // Only a memory kept for a next build reports what was checked: a one-off build checks every
    // page, and sorting their paths is work no one reads.
    if recording {
      memory.pagesResolved = zip(pages, worked).filter { $1.fresh }.map(\.0.outputPath).sorted()
    }
    let resolved = worked.map(\.result)
    for (index, (page, diagnostics, referenced)) in resolved.enumerated() {
      pages[index] = page
      bag.append(contentsOf: diagnostics)
      for reference in referenced where reference != page.entity {
        backlinks[reference, default: []].insert(page.outputPath)
      }
    }
    let resolvedSite = ResolvedSite(
      config: site.config, dataset: site.dataset, theme: site.theme, assets: routed.assets,
      pages: pages.isSorted(by: \.outputPath) ? pages : pages.sorted { $0.outputPath < $1.outputPath },
      entityRoutes: routed.entityRoutes,
      backlinks: backlinks.mapValues { $0.sorted() }, diagnostics: bag.diagnostics)
    if memory.recording {
      memory.lastResolved = resolvedSite
      memory.lastLinks = links
    }
    return resolvedSite
  }

  /// The last resolve with the edited pages' links checked again and put in place, when only their
  /// content (and titles) changed (``PageChanges``): the structure links are checked against is
  /// then the last one, and every other page's links are as they were, but for the links into an
  /// edited page's anchors, which may have moved (those pages are checked again too). Nil when that
  /// does not hold; the full resolve then runs.
  private static func patched(_ routed: RoutedSite, memory: inout ResolveMemory) -> ResolvedSite? {
    guard let (edited, anchorsMayMove) = routed.changes.pages, var links = memory.lastLinks,
      var resolved = memory.lastResolved.take()
    else { return nil }
    var again = edited
    if anchorsMayMove {
      for page in routed.pages where edited.contains(page.outputPath) {
        links.anchorsByPath[page.outputPath] = page.anchors
      }
      // Every page whose links checked an anchor of an edited page.
      for page in routed.pages where !edited.contains(page.outputPath) {
        if memory.links[page.outputPath]?.consulted.keys.contains(where: edited.contains) == true {
          again.insert(page.outputPath)
        }
      }
    }
    var referencesKept = true
    var checked: [String] = []
    for page in routed.pages where again.contains(page.outputPath) {
      let previous = edited.contains(page.outputPath) ? nil : memory.links[page.outputPath]
      let (result, record, fresh) = resolvingLinks(
        page, with: links, anchorsByPath: links.anchorsByPath, previous: previous)
      // Not in the last resolve: not such an edit after all, so the full resolve decides.
      guard resolved.replace(result.0) else { return nil }
      referencesKept = referencesKept && memory.links[page.outputPath]?.referenced == record.referenced
      memory.links[page.outputPath] = record
      if fresh { checked.append(page.outputPath) }
    }
    if memory.recording { memory.lastLinks = links }
    memory.pagesResolved = checked.sorted()
    // Gathered again from every page's record, in the full resolve's order.
    let records = routed.pages.map { memory.links[$0.outputPath] }
    resolved.diagnostics = records.flatMap { $0?.diagnostics ?? [] }
    if referencesKept {
      // The edited pages refer to the entities they did, so every backlink is as it was. After a
      // retitling, the pages whose links were checked again count as edited too; the render then
      // checks the pages that can show the new titles.
      resolved.changes = anchorsMayMove ? .titles(again) : .only(edited)
    } else {
      var backlinks: [EntityReference: Set<String>] = [:]
      for (page, record) in zip(routed.pages, records) {
        for reference in record?.referenced ?? [] where reference != page.entity {
          backlinks[reference, default: []].insert(page.outputPath)
        }
      }
      resolved.backlinks = backlinks.mapValues { $0.sorted() }
      resolved.changes = .unknown
    }
    if memory.recording { memory.lastResolved = resolved }
    return resolved
  }

  /// One page's links resolved, or taken from `previous` when its document, paths and the anchors
  /// it checked are unchanged (the site's structure was compared by the caller).
  private static func resolvingLinks(
    _ page: ResolvedPage, with links: PageLinks, anchorsByPath: [String: Set<String>],
    previous: ResolveMemory.Links?
  ) -> (
    result: (ResolvedPage, [Diagnostic], Set<EntityReference>), record: ResolveMemory.Links, fresh: Bool
  ) {
    let key = ResolveMemory.LinkKey(
      document: page.document, sourcePath: page.sourcePath, outputPath: page.outputPath)
    if let previous, previous.key == key, previous.consulted.allSatisfy({ anchorsByPath[$0.key] == $0.value })
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
