import Dataset
import Diagnostics
import Foundation
import Markdown
import SiteTheme

/// Builds `handbook.html`: every page in reading order in one document, with a cover and a list of
/// contents, internal links turned into links within the document, ready to print or save as PDF.
/// A site too big for one file gets one volume per top-level section (``HandbookVolumes``), and
/// `handbook.html` becomes their contents; links between volumes name the other volume's file.
///
/// Each page becomes a section, rendered again from its Markdown tree under the section's id
/// namespace (``PageAddressing``): every id it writes starts with the section's id, and a link to
/// another page (or to an anchor on it) becomes a link to that section (or anchor). An entity page
/// brings its facts as the theme draws them (checklist, tables, backlinks), so the view holds every
/// table and diagram the site does. The theme's `partials/handbook` draws the document; in print
/// only a top-level section starts a new sheet.
struct HandbookBuilder {
  static let fileName = "handbook.html"

  let site: ResolvedSite
  let navigation: Navigation
  /// Each page's body as the site rendered it, by output path: how big the view is, what each
  /// section is filled from (``RenderedBody``), and (when rebuilds are recorded) whether a section
  /// must be made again.
  var bodies: [String: RenderedPart]
  /// Each entity page's facts as the site draws them, by output path; the same two uses.
  var facts: [String: RenderedPart] = [:]
  var jobs = 1
  /// When set, the only pages whose sections may differ from memory's (``PageChanges``).
  var edited: Set<String>?
  /// Whether those pages' titles (and so the contents, and their heading ids) may have changed.
  var retitled = false
  /// Body bytes above which the view splits into volumes.
  var volumeLimit = HandbookVolumes.limit
  /// Where a one-off build of a split handbook hands each volume's file as soon as it is made
  /// (``OutputSink``), so the volumes never sit in memory together; nil keeps them in the result.
  var sink: OutputSink?

  /// Each page's section with what it was made from. A section depends on its page as the site
  /// renders it, on the set of pages and volumes, and on the anchors of the pages its links point
  /// into, recorded per section.
  struct Memory: Sendable {
    struct Key: Equatable, Sendable {
      var title: String
      var hasDocument: Bool
      var summary: String?
      var body: String?
      var facts: String?
    }

    var pagePaths: Set<String> = []
    /// The ids each section holds, by output path, as the last build mapped links against them,
    /// and the heading ids each was made from, so an unchanged page's set is reused.
    var anchors: [String: Set<String>] = [:]
    var headingIDs: [String: NumberedStrings] = [:]
    var volumes: HandbookVolumes?
    /// The theme that drew the sections and files: its `partials/handbook` draws every file.
    var theme: Theme?
    var sections: [String: (key: Key, consulted: [String: Set<String>], section: HandbookSectionView)] = [:]
    /// Everything around the sections, and the files it made, reused when neither it nor any
    /// section changed.
    var frame: HandbookView?
    var order: [String] = []
    var output: [OutputFile]?
    /// False for a one-off build, which keeps nothing for a next one.
    var recording = true
    /// Whether a one-off build notes where each section's body landed in the view's files, for the
    /// ledger a later build patches the view from (``PatchLedger``).
    var keepsLedger = false
    /// Where each page's body landed: the file, its number among the file's placed bodies, and what
    /// was written in the body's slots.
    var placements: [String: (file: String, index: Int, fills: PackedStrings)] = [:]
    /// Each file's placed bodies, in order.
    var placedSections: [String: [PatchLedger.Section]] = [:]
  }

  /// A section as drawn, with what was written in its body's slots when it was filled from the
  /// site's body (nil for a generated page's section), and how many of its HTML's first bytes that
  /// body is.
  private struct DrawnSection {
    var view: HandbookSectionView
    var fills: PackedStrings?
    var bodyBytes = 0
  }

  func build() -> [OutputFile] {
    var memory = Memory()
    return build(memory: &memory)
  }

  func build(memory: inout Memory) -> [OutputFile] {
    let order = navigation.readingOrder
    if let edited, let patched = patched(edited, order: order, memory: &memory) { return patched }
    // The ids a section holds: its headings, and its facts' anchors when the theme draws facts.
    // A page whose heading ids are the last build's keeps the last build's set, so the check of
    // each section's consulted anchors below finds the very same set, without comparing it.
    let (keptIDs, keptAnchors) = (memory.headingIDs, memory.anchors)
    let anchors = Dictionary(
      site.pages.map { page in
        let path = page.outputPath
        if facts[path] == nil, keptIDs[path] == page.rewrites.headingIDs, let kept = keptAnchors[path] {
          return (path, kept)
        }
        return (path, sectionAnchors(of: page))
      }
    ) { first, _ in first }
    let volumes = volumes(order: order, bodyBytes: bodyBytes(order))
    // The pages links can become sections of, and where each lives; when they change, no section
    // is reused.
    let pagePaths = Set(anchors.keys)
    let sameTheme = memory.theme == site.theme
    let previous =
      memory.pagePaths == pagePaths && memory.volumes == volumes && sameTheme ? memory.sections : [:]
    memory.pagePaths = pagePaths
    memory.volumes = volumes
    if memory.recording {
      memory.theme = site.theme
      memory.anchors = anchors
      memory.headingIDs = Dictionary(site.pages.map { ($0.outputPath, $0.rewrites.headingIDs) }) { first, _ in
        first
      }
    }
    let frame = frame(volumes: volumes)
    let targets = HandbookTargets(site: site, volumes: volumes)
    let pages = order.compactMap { site.page(at: $0) }
    // A one-off build of a large site renders one volume's sections at a time and lets them go
    // once the volume's file is made, so it never holds every section and every file at once.
    if !memory.recording, let volumes {
      var files: [OutputFile] = []
      func hand(_ file: OutputFile) {
        if let sink { sink.put(file) } else { files.append(file) }
      }
      hand(contentsFile(frame: frame))
      for volume in volumes.volumes {
        hand(
          volumeFile(
            volume, anchors: anchors, volumes: volumes, targets: targets, frame: frame, memory: &memory))
      }
      return files
    }
    if !memory.recording, memory.keepsLedger {
      let sections = Parallel.map(pages, jobs: jobs) {
        drawnSection(for: $0, anchors: anchors, volumes: volumes, targets: targets, consulted: nil)
      }
      let made = files(
        frame: frame, sections: sections.map(\.view), pages: pages, volumes: nil, reusing: [:], fresh: [])
      if let whole = made.first { place(sections, of: pages, in: whole, memory: &memory) }
      return made
    }
    let sections = Parallel.map(pages, jobs: jobs) { page in
      if let edited, !edited.contains(page.outputPath), let kept = previous[page.outputPath] {
        return (kept.key, kept.consulted, kept.section, false)
      }
      let key = Memory.Key(
        title: page.title, hasDocument: page.document != nil,
        summary: page.entity.flatMap { site.dataset.summary(of: $0) }, body: bodies[page.outputPath]?.text,
        facts: facts[page.outputPath]?.text)
      if let kept = previous[page.outputPath], kept.key == key,
        kept.consulted.allSatisfy({ anchors[$0.key] ?? [] == $0.value })
      {
        return (key, kept.consulted, kept.section, false)
      }
      let consulted = Consulted()
      let section = section(
        for: page, anchors: anchors, volumes: volumes, targets: targets, consulted: consulted)
      return (key, consulted.anchors, section, true)
    }
    guard memory.recording else {
      return files(
        frame: frame, sections: sections.map(\.2), pages: pages, volumes: volumes, reusing: [:], fresh: [])
    }
    memory.sections = Dictionary(
      uniqueKeysWithValues: zip(pages, sections).map {
        ($0.outputPath, (key: $1.0, consulted: $1.1, section: $1.2))
      })
    let sameFrame = frame == memory.frame && order == memory.order && sameTheme
    // A volume none of whose sections changed is the same file as last time: it shows the site's
    // name, the stylesheets and its sections, not the contents, so a retitled page elsewhere does
    // not change it.
    let sameShell =
      frame.site == memory.frame?.site && frame.stylesheets == memory.frame?.stylesheets
      && order == memory.order && sameTheme
    let kept = sameShell ? memory.output ?? [] : []
    memory.frame = frame
    memory.order = order
    if sameFrame, !sections.contains(where: \.3), let output = memory.output { return output }
    let fresh = Set(zip(pages, sections).filter { $1.3 }.map(\.0.outputPath))
    let output = files(
      frame: frame, sections: sections.map(\.2), pages: pages, volumes: volumes,
      reusing: Dictionary(uniqueKeysWithValues: kept.map { ($0.path, $0) }), fresh: fresh)
    memory.output = output
    return output
  }

  /// One volume's file, its sections drawn from ``bodies`` and ``facts``, for a one-off build
  /// (nothing is recorded but the ledger's placements).
  func volumeFile(
    _ volume: HandbookVolumes.Volume, anchors: [String: Set<String>], volumes: HandbookVolumes,
    targets: HandbookTargets, frame: HandbookView, memory: inout Memory
  ) -> OutputFile {
    let pages = volume.pages.compactMap { site.page(at: $0) }
    let sections = Parallel.map(pages, jobs: jobs) {
      drawnSection(for: $0, anchors: anchors, volumes: volumes, targets: targets, consulted: nil)
    }
    let made = file(of: volume, frame: frame, sections: sections.map(\.view))
    if memory.keepsLedger { place(sections, of: pages, in: made, memory: &memory) }
    return made
  }

  /// The ids every page's section holds (``sectionAnchors(of:)``), when whether a page has facts
  /// follows from `drawsFacts` rather than from the facts drawn: before the pages render.
  func anchors(drawsFacts: (ResolvedPage) -> Bool) -> [String: Set<String>] {
    Dictionary(site.pages.map { ($0.outputPath, Self.sectionAnchors(of: $0, withFacts: drawsFacts($0))) }) {
      first, _ in first
    }
  }

  /// `handbook.html` as the contents of a split view.
  func contentsFile(frame: HandbookView) -> OutputFile {
    OutputFile(path: Self.fileName, text: site.theme.render(.handbook, frame))
  }

  /// The last build's files with the edited pages' sections made again and the files that hold
  /// them rendered again, when only those pages' content changed (``PageChanges``): their titles,
  /// anchors and the reading order are then as they were, so the contents, the other sections and
  /// the other volumes are too. After a retitling (`retitled`) the contents are made again and the
  /// edited pages' ids refreshed. Nil when the last build left nothing to patch, or when the edit
  /// moves the view across the size at which it splits, reorders it or renames a volume; the full
  /// build then runs.
  private func patched(_ edited: Set<String>, order: [String], memory: inout Memory) -> [OutputFile]? {
    guard memory.recording, var output = memory.output, var frame = memory.frame, order == memory.order
    else { return nil }
    let bodyBytes = bodyBytes(order)
    guard (bodyBytes > volumeLimit) == (memory.volumes != nil) else { return nil }
    let volumes = memory.volumes
    var contentsChanged = false
    if retitled {
      // New titles change the contents, and a volume's title when a folder's page is retitled;
      // new title headings change the edited pages' ids.
      guard self.volumes(order: order, bodyBytes: bodyBytes) == volumes else { return nil }
      frame = self.frame(volumes: volumes)
      contentsChanged = frame != memory.frame
      memory.frame = frame
      for path in edited {
        guard let page = site.page(at: path) else { continue }
        memory.anchors[path] = sectionAnchors(of: page)
        memory.headingIDs[path] = page.rewrites.headingIDs
      }
    }
    let anchors = memory.anchors
    let targets = HandbookTargets(site: site, volumes: volumes)
    var fresh = Set<String>()
    for path in edited.sorted() {
      guard let page = site.page(at: path) else { continue }
      let key = Memory.Key(
        title: page.title, hasDocument: page.document != nil,
        summary: page.entity.flatMap { site.dataset.summary(of: $0) }, body: bodies[path]?.text,
        facts: facts[path]?.text)
      if let kept = memory.sections[path], kept.key == key,
        kept.consulted.allSatisfy({ anchors[$0.key] ?? [] == $0.value })
      {
        continue
      }
      let consulted = Consulted()
      let section = section(
        for: page, anchors: memory.anchors, volumes: volumes, targets: targets, consulted: consulted)
      memory.sections[path] = (key, consulted.anchors, section)
      fresh.insert(path)
    }
    guard !fresh.isEmpty || contentsChanged else { return output }
    let kept = memory.sections
    let sections = { (paths: [String]) in paths.compactMap { kept[$0]?.section } }
    if let volumes {
      if contentsChanged, let index = output.firstIndex(where: { $0.path == Self.fileName }) {
        output[index] = OutputFile(path: Self.fileName, text: site.theme.render(.handbook, frame))
      }
      for volume in volumes.volumes where volume.pages.contains(where: fresh.contains) {
        guard let index = output.firstIndex(where: { $0.path == volume.fileName }) else { return nil }
        output[index] = file(of: volume, frame: frame, sections: sections(volume.pages))
      }
    } else {
      var whole = frame
      whole.sections = sections(order.filter { site.hasPage(at: $0) })
      output = [OutputFile(path: Self.fileName, text: site.theme.render(.handbook, whole))]
    }
    memory.output = output
    return output
  }

  /// The bytes of the pages' bodies and facts together: what decides whether the view splits.
  private func bodyBytes(_ order: [String]) -> Int {
    order.reduce(0) { $0 + (bodies[$1]?.bytes ?? 0) + (facts[$1]?.bytes ?? 0) }
  }

  /// The volumes for pages in `order`, or nil when the view stays one file.
  private func volumes(order: [String], bodyBytes: Int) -> HandbookVolumes? {
    HandbookVolumes(order: order, bodyBytes: bodyBytes, limit: volumeLimit) { site.page(at: $0)?.title }
  }

  /// Everything around the sections: the cover, the stylesheets, the contents and the volumes.
  func frame(volumes: HandbookVolumes?) -> HandbookView {
    HandbookView(
      site: SiteRenderer.siteView(site.config), coverTitle: site.config.title,
      summary: site.config.description,
      // The theme's stylesheets, whatever they are called.
      stylesheets: site.assets.map(\.path).filter { $0.hasPrefix("assets/") && $0.hasSuffix(".css") }
        .sorted(),
      isVolume: false, entries: contents(in: "", home: true, volumes: volumes),
      volumes: volumes?.volumes.map {
        HandbookVolumeView(volumeTitle: $0.title, volumeHref: $0.fileName, pageCount: $0.pages.count)
      } ?? [], sections: [])
  }

  /// The ids a section holds: its headings, and its facts' anchors when the theme draws facts.
  private func sectionAnchors(of page: ResolvedPage) -> Set<String> {
    Self.sectionAnchors(of: page, withFacts: facts[page.outputPath] != nil)
  }

  /// A section's ids: its headings', and its facts' anchors too when the section shows them.
  ///
  /// A page of no entity has only its headings' anchors (``SiteRouter``), so its own set serves,
  /// shared rather than made again for every page of the view.
  private static func sectionAnchors(of page: ResolvedPage, withFacts: Bool) -> Set<String> {
    withFacts || page.entity == nil ? page.anchors : Set(page.rewrites.headingIDs.values)
  }

  /// `handbook.html` with every section, or, with volumes, `handbook.html` as the contents and one
  /// file per volume holding its sections.
  private func files(
    frame: HandbookView, sections: [HandbookSectionView], pages: [ResolvedPage], volumes: HandbookVolumes?,
    reusing kept: [String: OutputFile], fresh: Set<String>
  ) -> [OutputFile] {
    guard let volumes else {
      var whole = frame
      whole.sections = sections
      return [OutputFile(path: Self.fileName, text: site.theme.render(.handbook, whole))]
    }
    var files = [OutputFile(path: Self.fileName, text: site.theme.render(.handbook, frame))]
    let sectionByPath = Dictionary(uniqueKeysWithValues: zip(pages.map(\.outputPath), sections))
    for volume in volumes.volumes {
      if let file = kept[volume.fileName], !volume.pages.contains(where: fresh.contains) {
        files.append(file)
        continue
      }
      files.append(file(of: volume, frame: frame, sections: volume.pages.compactMap { sectionByPath[$0] }))
    }
    return files
  }

  /// One volume's file: its cover, then its sections.
  private func file(of volume: HandbookVolumes.Volume, frame: HandbookView, sections: [HandbookSectionView])
    -> OutputFile
  {
    let view = HandbookView(
      site: frame.site, coverTitle: volume.title, summary: nil, stylesheets: frame.stylesheets,
      isVolume: true,
      entries: [], volumes: [], sections: sections)
    return OutputFile(path: volume.fileName, text: site.theme.render(.handbook, view))
  }

  /// The nested list of contents, in reading order; with volumes, each entry names its volume.
  private func contents(in folder: String, home: Bool, volumes: HandbookVolumes?) -> [HandbookEntryView] {
    func href(_ path: String) -> String { (volumes?.fileOf[path] ?? "") + "#" + HandbookIDs.page(path) }
    var entries: [HandbookEntryView] = []
    if home, let index = site.page(at: OutputPath.home) {
      entries.append(
        HandbookEntryView(entryTitle: index.title, entryHref: href(OutputPath.home), entries: []))
    }
    for page in navigation.pages(in: folder) {
      let children =
        OutputPath.isSubfolderIndex(page.outputPath)
        ? contents(in: SitePath.directory(of: page.outputPath), home: false, volumes: volumes) : []
      entries.append(
        HandbookEntryView(entryTitle: page.title, entryHref: href(page.outputPath), entries: children))
    }
    return entries
  }

  /// The anchors of each page a section's links were mapped against, as they were.
  final class Consulted {
    var anchors: [String: Set<String>] = [:]
  }

  /// Notes where each section's body landed in `file`, found in order; a file where some body is
  /// not found, or shows again before the next one (a theme that draws a section twice), notes none,
  /// so its pages get no ledger entry.
  private func place(
    _ sections: [DrawnSection], of pages: [ResolvedPage], in file: OutputFile, memory: inout Memory
  ) {
    var placed: [PatchLedger.Section] = []
    var placements: [String: (file: String, index: Int, fills: PackedStrings)] = [:]
    var cursor = 0
    var previous: (needle: ArraySlice<UInt8>, end: Int)?
    func shownAgain(before end: Int) -> Bool {
      guard let previous else { return false }
      return ByteSearch.find(previous.needle, in: file.bytes, from: previous.end, until: end) != nil
    }
    for (page, section) in zip(pages, sections) {
      guard let fills = section.fills else { continue }
      let needle = UTF8Bytes.withBytes(of: section.view.html) { Array($0.prefix(section.bodyBytes)) }[...]
      guard let start = ByteSearch.find(needle, in: file.bytes, from: cursor),
        !shownAgain(before: start + needle.count - 1)
      else { return }
      placements[page.outputPath] = (file.path, placed.count, fills)
      placed.append(
        .init(
          start: start, length: needle.count,
          digest: InputDigest.hex(ofBytes: file.bytes[start..<start + needle.count])))
      cursor = start + needle.count
      previous = (needle, cursor)
    }
    guard !shownAgain(before: file.bytes.count) else { return }
    memory.placedSections[file.path] = placed
    memory.placements.merge(placements) { first, _ in first }
  }

  private func section(
    for page: ResolvedPage, anchors: [String: Set<String>], volumes: HandbookVolumes?,
    targets: HandbookTargets,
    consulted: Consulted?
  ) -> HandbookSectionView {
    drawnSection(for: page, anchors: anchors, volumes: volumes, targets: targets, consulted: consulted).view
  }

  private func drawnSection(
    for page: ResolvedPage, anchors: [String: Set<String>], volumes: HandbookVolumes?,
    targets: HandbookTargets,
    consulted: Consulted?
  ) -> DrawnSection {
    let path = page.outputPath
    let id = targets[path]?.sectionID ?? HandbookIDs.page(path)
    // The section's own volume and folder, found once rather than for each of its links.
    let source = Source(
      path: path, folder: SitePath.directory(of: path), sectionID: id, file: volumes?.fileOf[path])
    let addressing = PageAddressing.namespaced(
      path, idPrefix: HandbookIDs.heading("", inSection: id),
      mapping: { map($0, from: source, anchors: anchors, targets: targets, consulted: consulted) },
      routeMapping: { target, fragment in
        map(
          target: target, fragment: fragment, from: source, anchors: anchors, targets: targets,
          consulted: consulted)
      })
    var html: String
    var fills: PackedStrings?
    if let part = bodies[path], part.fromDocument, let body = part.body {
      let filled = section(of: page, from: body, addressing: addressing)
      (html, fills) = (filled.html, filled.fills)
    } else {
      html = "<h1>\(HTMLEscaping.escape(page.title))</h1>\n"
      if let entity = page.entity, let summary = site.dataset.summary(of: entity) {
        html += "<p class=\"summary\">\(HTMLEscaping.escape(summary))</p>\n"
      }
    }
    let bodyBytes = html.utf8.count
    if facts[path] != nil, let entity = page.entity,
      let view = EntityViewBuilder(site: site, addressing: addressing).view(for: entity)
    {
      html += site.theme.render(.facts, view)
    }
    return DrawnSection(
      view: HandbookSectionView(sectionID: id, isPart: isSection(path), html: html), fills: fills,
      bodyBytes: bodyBytes)
  }

  /// A top-level section (a first-level folder, or a page at the root) starts a new sheet in
  /// print; every other page follows on, so no sheet is left mostly blank.
  private func isSection(_ path: String) -> Bool {
    SitePath.directory(of: path).split(separator: "/").count == (OutputPath.isSubfolderIndex(path) ? 1 : 0)
  }

  /// The page's body as the site rendered it, with its heading ids, links and directives written
  /// under the section's namespace: the site's body with those places filled anew (``RenderedBody``),
  /// which is what rendering the page again under the namespace would write, without the second
  /// walk and render of its tree.
  private func section(of page: ResolvedPage, from body: RenderedBody, addressing: PageAddressing)
    -> (html: String, fills: PackedStrings)
  {
    let directives = DirectiveRenderer(
      dataset: site.dataset, entityRoutes: site.entityRoutes, theme: site.theme, addressing: addressing)
    let rendered = Dictionary(
      uniqueKeysWithValues: DirectiveRenderer.numbered(page.directives).map {
        ($0.point, directives.render($0.directive, index: $0.index))
      })
    let ids = page.rewrites.headingIDs
    // What each link's slot gets, in order, for a later patch of this section (``PatchLedger``);
    // a heading's id follows from the page's own.
    var fills: [String] = []
    let html = body.filled(
      headingID: { addressing.id(ids[$0] ?? "") },
      link: { _, target in
        let mapped = addressing.map(target)
        fills.append(mapped)
        return mapped
      },
      codeBlock: { rendered[$0] })
    return (html, PackedStrings(fills))
  }

  /// The page a section shows, its folder, its section's id, and the volume file holding it (nil
  /// without volumes).
  private struct Source {
    var path: String
    var folder: String
    var sectionID: String
    var file: String?
  }

  /// A link as the site writes it on the source page, as seen from `handbook.html` at the root: an id on
  /// the same page takes the section's prefix, another page becomes its section, an anchor on it
  /// that anchor; a file keeps its path from the root; anything with a scheme is kept.
  private func map(
    _ href: String, from source: Source, anchors: [String: Set<String>], targets: HandbookTargets,
    consulted: Consulted?
  ) -> String {
    guard !href.isEmpty, LinkContext.scheme(of: href) == nil, !href.hasPrefix("/") else { return href }
    if href.hasPrefix("#") {
      return "#" + HandbookIDs.heading(String(href.dropFirst()), inSection: source.sectionID)
    }
    let destination = href.utf8.contains(UInt8(ascii: "%")) ? href.removingPercentEncoding ?? href : href
    let (path, fragment) = LinkContext.splitFragment(destination)
    guard let target = SitePath.resolve(path, from: source.folder) else { return href }
    return map(
      target: target, fragment: fragment, from: source, anchors: anchors, targets: targets,
      consulted: consulted)
  }

  /// A link to the output file `target` (and `fragment` on it), as seen from `handbook.html`.
  private func map(
    target: String, fragment: String?, from source: Source, anchors: [String: Set<String>],
    targets: HandbookTargets, consulted: Consulted?
  ) -> String {
    if target == Self.fileName { return targets.isSplit ? Self.fileName : "#handbook-cover" }
    if let place = targets[target] {
      // Only a link to an anchor depends on the page's anchors (a backlink, say, does not); a
      // one-off build, which keeps nothing for a next one, does not record them (nil).
      let targetAnchors = fragment == nil ? nil : anchors[target]
      if fragment != nil { consulted?.anchors[target] = targetAnchors ?? [] }
      // Within one file a link is a fragment; into another volume it names that file too.
      let file = place.file == source.file ? "" : place.file ?? ""
      if let fragment, target == source.path || targetAnchors?.contains(fragment) == true {
        return file + "#" + HandbookIDs.heading(fragment, inSection: place.sectionID)
      }
      return file + "#" + place.sectionID
    }
    return target + (fragment.map { "#" + $0 } ?? "")
  }
}
