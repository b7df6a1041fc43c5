import Dataset
import DatasetExport
import Diagnostics
import Markdown
import SiteTheme

/// Stage 3a: gives every page its output path, binds pages to entities, generates the pages nobody
/// wrote (entity pages, reference pages, section indexes, the not-found page), and assigns heading
/// ids: everything the links of any page may point at, so ``LinkResolver`` can check them all.
///
/// URL scheme: `Content/guide/intro.md` becomes `guide/intro.html`; a folder's page is its
/// `index.html`; generated entity pages live at `<kind folder>/<id>.html` (`services/rds.html`).
/// Every link in the output is relative and names a file (never a bare folder), so the site works
/// from `file://` and under any path on a server.
public enum SiteRouter {
  /// Routes `site`, reusing from `memory` the heading ids of every page whose document and
  /// reserved ids are unchanged; when only page bodies or titles changed, the last routing itself.
  public static func route(_ site: LoadedSite, jobs: Int = 1, memory: inout ResolveMemory) -> RoutedSite {
    if let patched = patched(site, memory: &memory) { return patched }
    var routed = RoutedSite(site: site)
    routed.assignRoutes()
    routed.bindEntities()
    routed.generateEntityPages()
    routed.generateReferencePages()
    routed.generateSectionIndexes()
    routed.assignHeadingIDs(jobs: jobs, memory: &memory)
    if memory.recording {
      memory.lastConfig = site.config
      memory.lastRouted = routed
      memory.routedIndex = Dictionary(
        routed.pages.enumerated().compactMap { index, page in page.sourcePath.map { ($0, index) } },
        uniquingKeysWith: min)
    } else {
      // Each loaded page lives on as its routed page; only a next routing reads the loaded ones.
      routed.site.pages = []
    }
    return routed
  }

  /// The last routing with the edited pages' documents, heading ids (and titles) put in place, when
  /// only page bodies or titles changed (``PageChanges``) and the settings are the same: routes,
  /// entity bindings, generated pages and every other page's ids follow from what did not change,
  /// so the routing of 10,000 pages is not done again for one edited paragraph. Nil when that does
  /// not hold; the full routing then runs.
  private static func patched(_ site: LoadedSite, memory: inout ResolveMemory) -> RoutedSite? {
    guard let (sources, retitled) = site.bodyChanges.pages, memory.lastConfig == site.config,
      var routed = memory.lastRouted.take()
    else { return nil }
    routed.site = site
    let themeIDs = site.theme.reservedIDs
    var edited = Set<String>()
    var anchorsKept = true
    for loaded in site.pages where sources.contains(loaded.path) {
      // A draft, or a page whose route was refused, is not in the routing and shows nowhere.
      guard let index = memory.routedIndex[loaded.path] else { continue }
      var page = routed.pages[index]
      page.document = loaded.document
      page.markdown = loaded.markdown
      page.shape = PageShape.front(loaded.frontMatter)
      if retitled { page.title = routed.title(of: loaded) }
      let previous = memory.headings[page.outputPath]
      let (headed, headings) = RoutedSite.assigningHeadingIDs(
        page, dataset: site.dataset, themeIDs: themeIDs, previous: previous)
      anchorsKept = anchorsKept && previous?.anchors == headings.anchors
      routed.pages[index] = headed
      if memory.recording { memory.headings[page.outputPath] = headings }
      edited.insert(page.outputPath)
    }
    // New anchors, or new titles, reach other pages: the linker checks the links into them.
    routed.changes = anchorsKept && !retitled ? .only(edited) : .titles(edited)
    if memory.recording { memory.lastRouted = routed }
    return routed
  }
}

extension RoutedSite {
  /// Bytes that would break an href or a file name on some system (all ASCII, so a check of the
  /// UTF-8 bytes finds them): the characters below, and control characters.
  fileprivate static let forbiddenPathBytes = Set("?#%\"<>|*:\\".utf8)

  fileprivate static func isForbidden(_ byte: UInt8) -> Bool {
    byte < 32 || forbiddenPathBytes.contains(byte)
  }

  mutating func assignRoutes() {
    var taken: [String: String] = [:]  // lowercased output path → what writes it
    for (path, what) in generatedFiles { taken[path.lowercased()] = what }
    for (asset, source) in zip(site.assets, site.assetSources) {
      if let owner = Self.reservedName(asset.path) {
        bag.error(
          .routeCollision, "this file's output \(asset.path) is \(owner); rename the file",
          at: SourceLocation(file: source))
        continue
      }
      if let other = taken[asset.path.lowercased()] {
        bag.error(
          .routeCollision, "this file's output \(asset.path) is also written by \(other); rename the file",
          at: SourceLocation(file: source))
        continue
      }
      taken[asset.path.lowercased()] = source
      assets.append(asset)
    }
    // An mdBook SUMMARY.md orders and names the pages it lists, and is not a page itself.
    let summaryPage = site.pages.first { $0.contentPath == SummaryFile.contentPath }
    summary = summaryPage.map { SummaryFile($0.document, file: $0.path) }
    let chapters = summary?.entries ?? [:]
    for page in site.pages where page.contentPath != SummaryFile.contentPath {
      let contentPath = page.contentPath
      let location = SourceLocation(file: page.path)
      if contentPath.utf8.contains(where: Self.isForbidden) {
        bag.error(
          .unsafePath, "the file name has characters that cannot appear in a URL (? # % \" < > | * : \\)",
          at: location)
        continue
      }
      if page.frontMatter.draft && !site.config.includeDrafts {
        draftPaths.insert(contentPath)
        continue
      }
      let outputPath = page.outputPath
      if let long = outputPath.utf8.split(separator: UInt8(ascii: "/")).first(where: { $0.count > 255 }).map({
        String(decoding: $0, as: UTF8.self)
      }) {
        bag.error(
          .unsafePath,
          "the output name '\(long.prefix(24))…' would be \(long.utf8.count) bytes; file systems allow 255 bytes per name",
          at: location)
        continue
      }
      if let owner = Self.reservedName(outputPath) {
        bag.error(
          .routeCollision, "this page's output \(outputPath) is \(owner); rename the page", at: location)
        continue
      }
      if let other = taken[outputPath.lowercased()] {
        let why =
          generatedFiles[outputPath.lowercased()] != nil
          ? "; that name is reserved, rename the page"
          : OutputPath.isFolderIndex(outputPath) && other.hasSuffix(".md")
            ? " (index.md, README.md and _index.md each make the folder's page; keep one)"
            : " (paths that differ only in case collide on many systems)"
        bag.error(
          .routeCollision, "this page's output \(outputPath) collides with \(other)\(why)", at: location)
        continue
      }
      taken[outputPath.lowercased()] = page.path
      routeByContentPath[contentPath] = outputPath
      // A folder's page that SUMMARY.md does not list still stands where the folder's chapters do.
      let folderOrder =
        OutputPath.isSubfolderIndex(outputPath)
        ? summary?.folder(SitePath.directory(of: outputPath))?.order : nil
      pages.append(
        ResolvedPage(
          outputPath: outputPath, origin: .authored,
          title: title(of: page),
          description: page.frontMatter.description,
          order: page.frontMatter.order ?? chapters[contentPath]?.order ?? folderOrder, sourcePath: page.path,
          document: page.document, markdown: page.markdown,
          entity: nil, anchors: [], extra: page.frontMatter.extra, shape: PageShape.front(page.frontMatter)))
      if page.frontMatter.title == nil && page.firstHeading == nil && chapters[contentPath] == nil {
        bag.warning(
          .missingTitle,
          "the page has no '# heading' and no 'title' in front matter; using '\(fallbackTitle(page))'",
          at: location)
      }
    }
    for chapter in summary?.chapters ?? [] where routeByContentPath[chapter.contentPath] == nil {
      let why =
        draftPaths.contains(chapter.contentPath)
        ? "is a draft, left out of this build" : "does not exist"
      bag.append(
        Diagnostic(
          site.config.links.severity, .brokenLink,
          "SUMMARY.md lists \(site.contentFolder)/\(chapter.contentPath), which \(why)", at: chapter.location)
      )
    }
  }

  mutating func bindEntities() {
    let frontMatters = Dictionary(uniqueKeysWithValues: site.pages.map { ($0.path, $0.frontMatter) })
    for index in pages.indices {
      guard let source = pages[index].sourcePath, let about = frontMatters[source]?.about else { continue }
      let reference = about.value
      if case .failure(let unknown) = site.dataset.lookup(reference) {
        bag.append(unknown.diagnostic(.unknownEntity, at: about.location, context: "about:"))
        continue
      }
      if let existing = entityRoutes[reference] {
        bag.error(.duplicateEntityPage, "\(reference) already has its page, \(existing)", at: about.location)
        continue
      }
      entityRoutes[reference] = pages[index].outputPath
      pages[index].entity = reference
    }
  }

  mutating func generateEntityPages() {
    let dataset = site.dataset
    var taken: [String: String] = [:]  // lowercased output path → what produces it
    for asset in assets { taken[asset.path.lowercased()] = "Content/" + asset.path }
    for page in pages { taken[page.outputPath.lowercased()] = page.sourcePath ?? page.outputPath }
    for kind in EntityKind.allCases {
      for id in dataset.ids(of: kind) {
        let reference = EntityReference(kind: kind, id: id)
        guard entityRoutes[reference] == nil else { continue }
        let path = "\(kind.folder)/\(id).html"
        if let owner = taken[path.lowercased()] {
          bag.error(
            .routeCollision,
            "the generated page for \(reference) would overwrite the output of this file; bind it with 'about: \(reference)' or move it",
            at: SourceLocation(file: owner))
          continue
        }
        taken[path.lowercased()] = path
        if kind.expectsProsePage, let location = entityLocation(reference) {
          bag.warning(
            .missingEntityPage,
            "\(reference) has no page of prose; demarc generates one from the data. Add a page with 'about: \(reference)'",
            at: location)
        }
        entityRoutes[reference] = path
        pages.append(
          ResolvedPage(
            outputPath: path, origin: .entity, title: dataset.name(of: reference) ?? id, description: nil,
            order: nil,
            sourcePath: nil, document: nil, entity: reference, anchors: []))
      }
    }
  }

  fileprivate func entityLocation(_ reference: EntityReference) -> SourceLocation? {
    site.dataset.entity(reference)?.id.location
  }

  /// Reference pages built entirely from directives: the full matrix, every service compared, the
  /// dispute register and the downloads (only for a site with a dataset), plus the `404.html`
  /// every host wants. Their Markdown is the theme's (`templates/pages/…`), so a theme rewrites
  /// their prose; the data comes from the dataset. Skipped where a page or file already sits.
  mutating func generateReferencePages() {
    let taken = Set(pages.map { $0.outputPath.lowercased() } + assets.map { $0.path.lowercased() })
    let dataset = site.dataset
    let wanted: [(path: String, title: String, when: Bool)] = [
      ("reference/matrix.html", "Responsibility matrix", !dataset.isEmpty),
      ("reference/services.html", "Services compared", dataset.services.count >= 2),
      ("reference/disputes.html", "Dispute register", !dataset.disputes.isEmpty),
      ("reference/downloads.html", "Downloads", !dataset.isEmpty),
      (OutputPath.notFound, "Page not found", true),
    ]
    let view = GeneratedPageView(
      serviceIDs: dataset.services.map(\.id.value).joined(separator: ", "),
      downloads: ExportFormat.allCases.map {
        DownloadView(title: $0.title, path: $0.outputPath, summary: $0.summary)
      })
    for spec in wanted where spec.when && !taken.contains(spec.path.lowercased()) {
      guard let (markdown, file) = site.theme.generatedPage(String(spec.path.dropLast(".html".count)), view)
      else { continue }
      let document = MarkdownParser.parse(markdown, extensions: .github)
      pages.append(
        ResolvedPage(
          outputPath: spec.path, origin: .reference, title: document.titleHeading ?? spec.title,
          description: nil, order: nil, sourcePath: file, document: document, entity: nil, anchors: []))
    }
  }

  /// Every folder that holds pages gets an `index.html`, generated when nobody wrote one, so
  /// breadcrumbs and "up" links always have somewhere to go.
  mutating func generateSectionIndexes() {
    var folders: Set<String> = [""]
    for page in pages {
      var folder = SitePath.directory(of: page.outputPath)
      while !folder.isEmpty {
        folders.insert(folder)
        folder = SitePath.directory(of: folder)
      }
    }
    let existing = Set(pages.map(\.outputPath))
    for folder in folders.sorted() {
      let path = OutputPath.folderIndex(of: folder)
      guard !existing.contains(path) else { continue }
      let listed = folder.isEmpty ? nil : summary?.folder(folder)
      let title = folder.isEmpty ? site.config.title : listed?.title ?? Self.sectionTitle(folder)
      pages.append(
        ResolvedPage(
          outputPath: path, origin: .section, title: title, description: nil, order: listed?.order,
          sourcePath: nil,
          document: nil, entity: nil, anchors: []))
    }
  }

  /// The title of a page: its front matter's, SUMMARY.md's, its title heading, or a name made from
  /// its path. The one rule, for the routing and for a rebuild that patches a retitled page.
  func title(of page: LoadedPage) -> String {
    page.frontMatter.title ?? summary?.entries[page.contentPath]?.title ?? page.firstHeading
      ?? fallbackTitle(page)
  }

  /// A page with no title of its own: a folder's page is named after its folder (never `_index`),
  /// the home page after the site, any other after its file.
  private func fallbackTitle(_ page: LoadedPage) -> String {
    guard OutputPath.isFolderIndex(page.outputPath) else { return page.title }
    let folder = SitePath.directory(of: page.outputPath)
    return folder.isEmpty ? site.config.title : Self.sectionTitle(folder)
  }

  private static func sectionTitle(_ folder: String) -> String {
    let name = folder.split(separator: "/").last.map(String.init) ?? folder
    let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" })
    return words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
  }

  /// Assigns heading ids on every page, and with them the anchors links may target. Per page and
  /// pure, so it runs in parallel; results merge in page order.
  mutating func assignHeadingIDs(jobs: Int, memory: inout ResolveMemory) {
    let dataset = site.dataset
    let themeIDs = site.theme.reservedIDs
    let previousHeadings = memory.headings
    let headed = Parallel.map(pages, jobs: jobs) { page in
      Self.assigningHeadingIDs(
        page, dataset: dataset, themeIDs: themeIDs, previous: previousHeadings[page.outputPath])
    }
    pages = headed.map(\.0)
    if memory.recording {
      memory.headings = Dictionary(uniqueKeysWithValues: zip(pages, headed).map { ($0.outputPath, $1.1) })
    }
  }

  /// The page with unique ids for its headings, and every anchor a link may target on it; taken
  /// from `previous` when the document and the ids to avoid are unchanged.
  fileprivate static func assigningHeadingIDs(
    _ page: ResolvedPage, dataset: Dataset, themeIDs: Set<String>, previous: ResolveMemory.Headings?
  ) -> (ResolvedPage, ResolveMemory.Headings) {
    var page = page
    var anchors = page.entity.map { EntityAnchors.all(for: $0, in: dataset) } ?? []
    // The theme's own set when nothing is added to it, so comparing keys finds the same set.
    let key = ResolveMemory.HeadingKey(
      document: page.document, reserved: anchors.isEmpty ? themeIDs : anchors.union(themeIDs))
    if let previous, previous.key == key {
      page.rewrites.headingIDs = previous.ids
      page.anchors = previous.anchors
      return (page, previous)
    }
    var slugger = HeadingSlugger(reserved: key.reserved)
    var ids: [(Int, String)] = []
    page.document?.forEachNumbered { node, slot in
      guard case .heading(let number) = slot else { return }
      let id = slugger.uniqueID(for: node.plainText)
      anchors.insert(id)
      ids.append((number, id))
    }
    page.rewrites.headingIDs = NumberedStrings(ids)
    page.anchors = anchors
    return (page, ResolveMemory.Headings(key: key, ids: page.rewrites.headingIDs, anchors: anchors))
  }

  /// What a family of generated names belongs to, when `path` is one of them: files the render stage
  /// writes in numbers that depend on the site (volumes, search shards).
  fileprivate static func reservedName(_ path: String) -> String? {
    if HandbookVolumes.isReserved(path) {
      return "a name the one-page view's volumes take (\(HandbookVolumes.filePrefix)*.html)"
    }
    if SearchIndexBuilder.isReserved(path) {
      return "in \(SearchIndexBuilder.folder)/, which demarc's search index uses"
    }
    return nil
  }

  /// Files the render stage writes besides the pages, which pages may link to and no authored
  /// file may take, with what each is.
  var generatedFiles: [String: String] {
    var files = [
      HandbookBuilder.fileName: "demarc's one-page view",
      SearchIndexBuilder.manifestPath: "demarc's search index",
      NavTreeBuilder.fileName: "demarc's navigation tree",
    ]
    if site.config.baseURL?.isEmpty == false { files[HostingFiles.sitemapName] = "demarc's sitemap" }
    if !site.dataset.isEmpty {
      for format in ExportFormat.allCases {
        files[format.outputPath] = "demarc's \(format.rawValue) export of the dataset"
      }
    }
    return files
  }
}
