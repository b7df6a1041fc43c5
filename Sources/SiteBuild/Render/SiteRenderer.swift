import Dataset
import Diagnostics
import Markdown
import SiteTheme

/// Stage 4: renders every page through the theme and gathers the files to write.
///
/// For each page the inner template (`page`, `entity` or `section`, falling back to `page` when the
/// theme lacks one) renders first; its HTML becomes `content`, and `layout` wraps it.
public enum SiteRenderer {
  public static func render(_ site: ResolvedSite, jobs: Int = 1) -> RenderedSite {
    var memory = RenderMemory(recording: false)
    return render(site, jobs: jobs, memory: &memory)
  }

  /// The same render, reusing from `memory` each body and page whose complete input is unchanged
  /// (see ``RenderMemory``), and leaving in `memory` what this render produced.
  ///
  /// - Parameter sink: where each file goes as soon as it is made (the write stage's staging
  ///   folder), so no page's bytes wait in memory for the rest; the ``RenderedSite`` then holds no
  ///   files. Only for a memory that does not record: a recording memory keeps the pages anyway.
  public static func render(
    _ taken: consuming ResolvedSite, jobs: Int = 1, memory: inout RenderMemory, sink: OutputSink? = nil
  ) -> RenderedSite {
    var site = consume taken
    let sink = memory.recording ? nil : sink
    // A one-off render takes the pages' trees out of the site and hands each to the worker that
    // draws its page, with the page's search entry; the tree goes when the worker is done, so the
    // site's trees are not all alive until the end. (A recording memory keeps them for patches.)
    let documents = memory.recording ? nil : TakeOnce(site.takeDocuments())
    // Only some pages' content changed (``PageChanges``): every other page is taken from memory
    // as it is, and the tree, its navigation and its listings are the last render's. When their
    // titles changed too, the tree is made again, and the pages that can show those titles are
    // checked (``pagesShowing``).
    let edited: Set<String>?
    var retitled: Set<String>?
    let navigation: Navigation
    if case .only(let paths) = site.changes, !memory.pages.isEmpty, let kept = memory.navigation {
      (edited, navigation) = (paths, kept)
    } else {
      if case .titles(let paths) = site.changes, !memory.pages.isEmpty { retitled = paths }
      (edited, navigation) = (nil, Navigation(pages: site.pages))
    }
    if memory.recording { memory.navigation = navigation }
    memory.lastChanges = edited.map(PageChanges.only) ?? retitled.map(PageChanges.titles) ?? .unknown
    let markdown = HTMLRenderer(
      options: .init(
        allowRawHTML: site.config.allowRawHTML, headingAnchors: true, labelledTaskBoxes: true,
        highlightCode: site.config.markdown.highlight))
    // The exports depend on the dataset alone, so they are made beside the pages.
    let exports = exports(of: site, kept: memory.exports)
    var files = RenderedFiles(sink: sink)
    files.add(site.assets)
    let listings = edited != nil ? memory.listings : TreeChanges.listings(site.pages)
    let changes = TreeChanges(old: memory.pages.isEmpty ? nil : memory.listings, new: listings)
    let treeUnchanged = changes.changed?.isEmpty == true
    if memory.recording { memory.listings = listings }
    memory.handbook.recording = memory.recording
    memory.handbook.keepsLedger = memory.keepsLedger && !memory.recording
    let pages: RenderMemory.Pages
    // After a retitling, the pages that can show the new titles (the only ones checked).
    var showing: Set<String>?
    if let edited, let kept = memory.lastPages.take() {
      pages = patched(
        kept, editing: edited, in: site, navigation: navigation, markdown: markdown, changes: changes,
        memory: &memory)
    } else if let retitled, let kept = memory.lastPages.take() {
      let checked = pagesShowing(retitled, in: site, navigation: navigation, changes: changes, memory: memory)
      showing = checked
      pages = patched(
        kept, editing: checked, in: site, navigation: navigation, markdown: markdown, changes: changes,
        memory: &memory)
    } else {
      pages = renderAll(
        site, navigation: navigation, markdown: markdown, changes: changes, jobs: jobs, memory: &memory,
        sink: sink, documents: documents)
    }
    if memory.recording { memory.lastPages = pages }
    files.add(pages.files)
    let (bodies, facts) = (pages.bodies, pages.facts)
    memory.search.recording = memory.recording
    // A page's search entry shows its own title, headings and text alone.
    let searchIndex =
      pages.searchEntries.map { SearchIndexBuilder.files($0, jobs: jobs) }
      ?? SearchIndexBuilder(site: site, jobs: jobs, edited: edited ?? retitled).build(memory: &memory.search)
    files.add(searchIndex)
    // The tree file follows from the tree alone.
    let navTree =
      treeUnchanged
      ? memory.navTree ?? NavTreeBuilder(pages: site.pages).build()
      : NavTreeBuilder(pages: site.pages).build()
    if memory.recording { memory.navTree = navTree }
    files.add(navTree)
    files.add(
      pages.handbook
        ?? HandbookBuilder(
          site: site, navigation: navigation, bodies: bodies, facts: facts, jobs: jobs,
          edited: edited ?? showing, retitled: showing != nil, volumeLimit: memory.handbookVolumeLimit,
          sink: sink
        ).build(memory: &memory.handbook))
    if let sitemap = HostingFiles(site: site).sitemap() { files.add(sitemap) }
    let exported = exports?.value
    files.add(exported?.files ?? [])
    if memory.recording, let exported { memory.exports = exported }
    var rendered = RenderedSite(
      files: files.kept.sorted { $0.path < $1.path }, diagnostics: pages.diagnostics,
      pageCount: site.pages.count,
      datasetSummary: site.dataset.isEmpty ? nil : DatasetSummary(site.dataset),
      searchIndexBytes: searchIndex.reduce(0) { $0 + $1.bytes.count })
    if memory.handbook.keepsLedger {
      rendered.ledger = ledger(
        pages.ledger, handbook: memory.handbook, order: navigation.readingOrder, bodies: bodies, facts: facts,
        site: site)
    }
    return rendered
  }

  /// The ledger of a one-off render: the pages' entries with their sections in the one-page view;
  /// a page the view shows but whose section was not placed gets no entry.
  private static func ledger(
    _ entries: [String: PatchLedger.Page], handbook: HandbookBuilder.Memory, order: [String],
    bodies: [String: RenderedPart], facts: [String: RenderedPart], site: ResolvedSite
  ) -> PatchLedger {
    let inView = Set(order)
    var pages: [String: PatchLedger.Page] = [:]
    for (path, entry) in entries {
      var entry = entry
      if let placed = handbook.placements[path] {
        (entry.handbookFile, entry.handbookIndex, entry.fills) = placed
      } else if inView.contains(path) {
        continue
      }
      pages[entry.source] = entry
    }
    let bodyBytes = order.reduce(0) { $0 + (bodies[$1]?.bytes ?? 0) + (facts[$1]?.bytes ?? 0) }
    return PatchLedger(
      settings: .init(
        markdown: site.config.markdown, allowRawHTML: site.config.allowRawHTML,
        contentFolder: site.config.content),
      bodyBytes: bodyBytes, split: handbook.volumes != nil,
      sections: handbook.placedSections, pages: pages)
  }

  /// Every page through the theme, each taken from `previous` where its keys prove it unchanged.
  private static func renderAll(
    _ site: ResolvedSite, navigation: Navigation, markdown: HTMLRenderer, changes: TreeChanges, jobs: Int,
    memory: inout RenderMemory, sink: OutputSink?, documents: TakeOnce<ResolvedSite.PendingDocument>?
  ) -> RenderMemory.Pages {
    let previous = memory.pages
    let recording = memory.recording
    let keepsLedger = memory.keepsLedger && !recording && documents != nil
    // With the trees handed out, each page's search entry is made here, while its tree is at hand.
    let searcher = documents == nil ? nil : SearchIndexBuilder(site: site)
    // A one-off build that writes as it goes draws the one-page view while the pages render, so
    // it holds only the bodies of the volumes not yet drawn.
    var handbook =
      sink == nil || documents == nil || recording
      ? nil
      : HandbookStream(
        builder: HandbookBuilder(
          site: site, navigation: navigation, bodies: [:], jobs: jobs,
          volumeLimit: memory.handbookVolumeLimit,
          sink: sink),
        drawsFacts: { drawsFacts($0, in: site) }, memory: memory.handbook)
    let draw = { @Sendable (index: Int) -> DrawnPage in
      var page = site.pages[index]
      // This worker's own copy of the page holds its tree, and lets it go when it returns.
      var unavailable: Diagnostic?
      if let documents {
        do throws(DeferredMarkdown.Unavailable) {
          page.document = try documents.take(at: index)?.document(extensions: site.config.markdown)
        } catch {
          // The page's file, read again, is not what the scan read: the build fails, and the
          // page renders without its body so the rest can still be checked.
          unavailable = Diagnostic(
            .error, .unreadableFile, "cannot render this page: \(error.reason)",
            at: SourceLocation(file: page.sourcePath ?? page.outputPath))
        }
      }
      let (entry, bodyFresh, pageFresh, drawn) = Self.entry(
        for: page, in: site, navigation: navigation, markdown: markdown, previous: previous[page.outputPath],
        changes: changes)
      // A one-off build keeps only the output, not the keys, so its peak memory does not grow: the
      // body (which the one-page view fills) and, when recording, the facts' text.
      // Handed over at once, the page's bytes are not kept past this call.
      sink?.put(OutputFile(path: page.outputPath, bytes: entry.html))
      let search = searcher?.entry(of: page)
      let ledger =
        keepsLedger
        ? searcher.flatMap { Self.ledgerEntry(for: page, entry: entry, searchEntry: search, searcher: $0) }
        : nil
      return DrawnPage(
        html: sink == nil ? entry.html : [],
        unavailable: unavailable,
        ledger: ledger,
        body: RenderedPart(entry.body, fromDocument: page.document != nil),
        search: search,
        drawn: drawn,
        facts: entry.facts.map { RenderedPart($0, keepingText: recording) }, kept: recording ? entry : nil,
        bodyFresh: bodyFresh, pageFresh: pageFresh
      )
    }
    var made = [DrawnPage?](repeating: nil, count: site.pages.count)
    for group in handbook?.renderOrder() ?? [Array(site.pages.indices)] {
      var drawn = Parallel.map(group, jobs: jobs, draw)
      if handbook != nil {
        handbook?.add(zip(group, drawn).map { (site.pages[$0].outputPath, $1.body, $1.facts) })
        for index in drawn.indices { drawn[index].body = drawn[index].body.sizeOnly }
      }
      for (index, page) in zip(group, drawn) { made[index] = page }
    }
    let entries = made.compactMap { $0 }
    let handbookFiles = handbook.map { stream in
      var stream = stream
      defer { memory.handbook = stream.memory }
      return stream.finish()
    }
    memory.pages = [:]
    memory.pagesRendered = []
    memory.bodiesRendered = []
    memory.directivesDrawn = entries.reduce(0) { $0 + $1.drawn }
    for (page, entry) in zip(site.pages, entries) {
      if let kept = entry.kept { memory.pages[page.outputPath] = kept }
      if entry.bodyFresh { memory.bodiesRendered.append(page.outputPath) }
      if entry.pageFresh { memory.pagesRendered.append(page.outputPath) }
    }
    return RenderMemory.Pages(
      files: sink != nil
        ? [] : zip(site.pages, entries).map { OutputFile(path: $0.outputPath, bytes: $1.html) },
      bodies: Dictionary(uniqueKeysWithValues: zip(site.pages.map(\.outputPath), entries.map(\.body))),
      facts: Dictionary(
        uniqueKeysWithValues: zip(site.pages, entries).compactMap { page, entry in
          entry.facts.map { (page.outputPath, $0) }
        }),
      searchEntries: documents == nil ? nil : entries.compactMap(\.search),
      ledger: ledger(zip(site.pages, entries).map { ($0.outputPath, $1.ledger, $1.search != nil) }),
      handbook: handbookFiles, diagnostics: entries.compactMap(\.unavailable))
  }

  /// What drawing one page left for the rest of the render.
  private struct DrawnPage: Sendable {
    /// Empty when the page was handed to the sink.
    var html: [UInt8]
    /// Why the page's Markdown could not be read again to render it, when it could not.
    var unavailable: Diagnostic?
    var ledger: PatchLedger.Page?
    var body: RenderedPart
    var search: SearchIndexBuilder.PageEntry?
    /// How many directives were drawn afresh.
    var drawn: Int
    var facts: RenderedPart?
    /// The entry a recording render keeps.
    var kept: RenderMemory.Entry?
    var bodyFresh: Bool
    var pageFresh: Bool
  }

  /// Whether the site draws `page`'s facts beside its prose (an entity page of the dataset, under a
  /// theme with `partials/facts`), which the one-page view places after the prose as the site
  /// does; known before the page renders, so the streamed view knows its sections' anchors.
  static func drawsFacts(_ page: ResolvedPage, in site: ResolvedSite) -> Bool {
    site.theme.has(.facts) && page.entity.flatMap { site.dataset.page($0) } != nil
  }

  /// The pages' ledger entries by output path, each with its number in the search index.
  private static func ledger(_ pages: [(path: String, entry: PatchLedger.Page?, indexed: Bool)])
    -> [String: PatchLedger.Page]
  {
    var ledger: [String: PatchLedger.Page] = [:]
    var number = 0
    for page in pages {
      if var entry = page.entry {
        entry.searchNumber = page.indexed ? number : -1
        ledger[page.path] = entry
      }
      if page.indexed { number += 1 }
    }
    return ledger
  }

  /// A Markdown page's ledger entry, with the view's part left empty; nil for a page a ledger
  /// cannot vouch for: one with directives (they draw the dataset), or whose body is empty or does
  /// not show exactly once in its HTML.
  private static func ledgerEntry(
    for page: ResolvedPage, entry: RenderMemory.Entry, searchEntry: SearchIndexBuilder.PageEntry?,
    searcher: SearchIndexBuilder
  ) -> PatchLedger.Page? {
    guard let source = page.sourcePath, let front = page.shape, let document = page.document,
      page.directives.isEmpty,
      let start = ByteSearch.findOnce(Array(entry.body.html.utf8)[...], in: entry.html)
    else { return nil }
    let body = start..<(start + entry.body.html.utf8.count)
    return PatchLedger.Page(
      source: source, output: page.outputPath, shape: PageShape.digest(front: front, document: document),
      title: page.title, description: page.description,
      body: body,
      bodyDigest: InputDigest.hex(ofBytes: entry.html[body]), rewrites: page.rewrites, handbookFile: "",
      handbookIndex: -1, fills: PackedStrings(), searchNumber: -1,
      keywords: searchEntry == nil ? [] : searcher.keywords(for: page),
      terms: searchEntry?.terms ?? TermWeights())
  }

  /// The pages whose output can differ after only `retitled` pages' content and titles changed:
  /// those pages; every page around which the tree changed (its breadcrumbs and section list show
  /// titles, ``TreeChanges``); every page whose pager now names another page or title; and every
  /// entity page with a backlink from them (backlinks show titles). Nothing else a page shows
  /// holds another page's title: directives draw the dataset, and the search entry and body are
  /// the page's own.
  private static func pagesShowing(
    _ retitled: Set<String>, in site: ResolvedSite, navigation: Navigation, changes: TreeChanges,
    memory: RenderMemory
  ) -> Set<String> {
    var showing = retitled
    for page in site.pages where !retitled.contains(page.outputPath) {
      let path = page.outputPath
      guard changes.leavesUnchanged(path), let previous = memory.pages[path] else {
        showing.insert(path)
        continue
      }
      let neighbours = navigation.neighbours(of: path)
      if previous.pageKey.context.previous != neighbours.previous
        || previous.pageKey.context.next != neighbours.next
        || page.entity.flatMap({ site.backlinks[$0] })?.contains(where: retitled.contains) == true
      {
        showing.insert(path)
      }
    }
    return showing
  }

  /// The last render's pages with only `edited` checked and rendered again, in place, when every
  /// other page is proved unaffected (``PageChanges``, ``pagesShowing``): their HTML, body and facts
  /// are as they were, and the pages are the same, in the same order.
  private static func patched(
    _ kept: RenderMemory.Pages, editing edited: Set<String>, in site: ResolvedSite, navigation: Navigation,
    markdown: HTMLRenderer, changes: TreeChanges, memory: inout RenderMemory
  ) -> RenderMemory.Pages {
    var pages = kept
    memory.pagesRendered = []
    memory.bodiesRendered = []
    memory.directivesDrawn = 0
    for path in edited.sorted() {
      guard let index = site.indexByPath[path] else { continue }
      let page = site.pages[index]
      let (entry, bodyFresh, pageFresh, drawn) = Self.entry(
        for: page, in: site, navigation: navigation, markdown: markdown, previous: memory.pages[path],
        changes: changes)
      memory.pages[path] = entry
      memory.directivesDrawn += drawn
      if bodyFresh { memory.bodiesRendered.append(path) }
      if pageFresh { memory.pagesRendered.append(path) }
      pages.files[index] = OutputFile(path: path, bytes: entry.html)
      pages.bodies[path] = RenderedPart(entry.body, fromDocument: page.document != nil)
      pages.facts[path] = entry.facts.map { RenderedPart($0, keepingText: true) }
    }
    return pages
  }

  /// The dataset as data (JSON, CSV, OSCAL) in `data/`, for a site that has a dataset, started on
  /// a thread of its own; remade only when the dataset or the site's title changed since `kept`.
  private static func exports(
    of site: ResolvedSite, kept: RenderMemory.Exports?
  ) -> BackgroundWork<RenderMemory.Exports>? {
    guard !site.dataset.isEmpty else { return nil }
    let (dataset, config) = (site.dataset, site.config)
    return BackgroundWork {
      if let kept, kept.dataset == dataset, kept.title == config.title { return kept }
      let files = BuildPipeline.exports(of: dataset, config: config).files.map {
        OutputFile(path: $0.path, bytes: Array($0.text.utf8))
      }
      return RenderMemory.Exports(dataset: dataset, title: config.title, files: files)
    }
  }

  private static func render(_ context: PageContext, template: TemplateName, theme: Theme) -> String {
    var context = context
    let inner = theme.has(template) ? template : .page
    context.content = theme.render(inner, context) ?? ""
    return theme.render(.layout, context) ?? context.content
  }

  /// The path part of a base URL (`https://docs.example.com/handbook/` → `/handbook/`).
  static func path(ofBaseURL base: String) -> String? {
    guard let scheme = base.range(of: "://") else { return base.hasPrefix("/") ? base : nil }
    let afterHost = base[scheme.upperBound...].firstIndex(of: "/").map { String(base[$0...]) } ?? "/"
    return afterHost.hasSuffix("/") ? afterHost : afterHost + "/"
  }

  /// The page's level-2 and level-3 headings, in order.
  private static func tableOfContents(_ page: ResolvedPage) -> [TocEntry] {
    var entries: [TocEntry] = []
    page.document?.forEachNumbered { node, slot in
      guard case .heading(let level) = node.kind, case .heading(let number) = slot else { return }
      if level == 2 || level == 3, let id = page.rewrites.headingIDs[number] {
        entries.append(TocEntry(title: node.plainText, href: "#" + id, level: level))
      }
    }
    return entries
  }

  /// One page's body and HTML, each taken from `previous` when its key is unchanged, with whether
  /// each was rendered afresh and how many directives it drew.
  private static func entry(
    for page: ResolvedPage, in site: ResolvedSite, navigation: Navigation, markdown: HTMLRenderer,
    previous: RenderMemory.Entry?, changes: TreeChanges
  ) -> (RenderMemory.Entry, bodyFresh: Bool, pageFresh: Bool, freshlyDrawn: Int) {
    let addressing = PageAddressing.site(page.outputPath)
    let directives = DirectiveRenderer(
      dataset: site.dataset, entityRoutes: site.entityRoutes, theme: site.theme, addressing: addressing)
    let bodyKey = RenderMemory.BodyKey(
      document: page.document, rewrites: page.rewrites,
      directives: page.directives.isEmpty
        ? nil
        : .init(
          directives: page.directives, dataset: site.dataset, entityRoutes: site.entityRoutes,
          theme: site.theme,
          pagePath: page.outputPath),
      options: markdown.options)
    let kept = previous.flatMap { $0.bodyKey == bodyKey ? $0.body : nil }
    // Directives are drawn only when the body must be rendered again, and then only those whose
    // view changed since the last build.
    var drawn = kept == nil ? [:] : previous?.drawn ?? [:]
    var freshlyDrawn = 0
    if kept == nil {
      for (point, directive, index) in DirectiveRenderer.numbered(page.directives) {
        let view = directives.view(directive, index: index)
        if let old = previous?.drawn[point], old.view == view, old.theme == site.theme {
          drawn[point] = old
        } else {
          drawn[point] = RenderMemory.DrawnDirective(
            view: view, theme: site.theme, html: directives.draw(view))
          freshlyDrawn += 1
        }
      }
    }
    let body =
      kept ?? page.document.map { document in
        markdown.renderBody(document, rewrites: page.rewrites) { _, _, start in drawn[start]?.html }
      } ?? RenderedBody(html: "")
    let bodyFresh = kept == nil
    let entity = page.entity.flatMap {
      EntityViewBuilder(site: site, addressing: addressing).view(for: $0)
    }
    let contextKey = RenderMemory.ContextKey(
      page: .init(
        outputPath: page.outputPath, title: page.title, description: page.description,
        document: page.document,
        headingIDs: page.rewrites.headingIDs, extra: page.extra),
      body: body.html, entity: entity, site: siteView(site.config), baseURL: site.config.baseURL,
      template: page.template, theme: site.theme)
    // Same inputs and the same tree around the page: the same context, so the same HTML, without
    // building either.
    let neighbours = navigation.neighbours(of: page.outputPath)
    if let previous, changes.leavesUnchanged(page.outputPath), previous.contextKey == contextKey,
      previous.pageKey.context.previous == neighbours.previous,
      previous.pageKey.context.next == neighbours.next
    {
      // Nothing at all changed: the last entry is this one.
      if !bodyFresh, freshlyDrawn == 0 { return (previous, false, false, 0) }
      let entry = RenderMemory.Entry(
        bodyKey: bodyKey, body: body, contextKey: contextKey, pageKey: previous.pageKey, html: previous.html,
        facts: previous.facts, drawn: drawn)
      return (entry, bodyFresh, false, freshlyDrawn)
    }
    let pageKey = RenderMemory.PageKey(
      context: context(for: page, body: body.html, entity: entity, in: site, navigation: navigation),
      template: page.template, theme: site.theme)
    let html =
      previous.flatMap { $0.pageKey == pageKey ? $0.html : nil }
      ?? Array(render(pageKey.context, template: page.template, theme: site.theme).utf8)
    let entry = RenderMemory.Entry(
      bodyKey: bodyKey, body: body, contextKey: contextKey, pageKey: pageKey, html: html,
      facts: drawsFacts(page, in: site) ? entity.map { site.theme.render(.facts, $0) } : nil, drawn: drawn)
    return (entry, bodyFresh, previous?.pageKey != pageKey, freshlyDrawn)
  }

  static func siteView(_ config: SiteConfig) -> SiteView {
    SiteView(
      title: config.title, description: config.description, language: config.language,
      onePageTitle: config.onePageTitle)
  }

  private static func context(
    for page: ResolvedPage, body: String, entity: EntityView?, in site: ResolvedSite, navigation: Navigation
  ) -> PageContext {
    let canonical = site.config.baseURL.map { HostingFiles.absoluteURL(base: $0, path: page.outputPath) }
    let baseHref =
      page.outputPath == OutputPath.notFound ? site.config.baseURL.flatMap(Self.path(ofBaseURL:)) : nil
    let neighbours = navigation.neighbours(of: page.outputPath)
    var view = PageView(
      title: page.title, description: page.description ?? entity?.summary, bodyHTML: body,
      path: page.outputPath,
      root: SitePath.rootPrefix(of: page.outputPath), template: page.template.rawValue,
      canonicalURL: canonical,
      baseHref: baseHref)
    view.needsHeading = page.document.map { !$0.hasTitleHeading } ?? false
    view.extra = page.extra
    return PageContext(
      site: siteView(site.config),
      page: view,
      nav: navigation.topLevel(from: page.outputPath),
      breadcrumbs: navigation.breadcrumbs(for: page.outputPath),
      entity: entity, children: navigation.children(of: page.outputPath),
      sidebar: navigation.sidebar(for: page.outputPath), previous: neighbours.previous, next: neighbours.next,
      toc: tableOfContents(page))
  }
}
