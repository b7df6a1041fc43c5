import Dataset
import Foundation
import Markdown

/// Builds `handbook.html`: every page in reading order in one document, with a cover and a list of
/// contents, internal links turned into links within the document, ready to print or save as PDF.
/// A site too big for one file gets one volume per top-level section (``HandbookVolumes``), and
/// `handbook.html` becomes their contents; links between volumes name the other volume's file.
///
/// Each page becomes a `<section id="page-…">`; its heading ids get the section's id as a prefix so
/// they stay unique, and a link to another page (or to a heading on it) becomes a link to that
/// section (or heading). An entity page brings its facts as the theme draws them (its checklist,
/// tables and backlinks), so the view holds every table and diagram the site does. In print, only
/// a top-level section starts a new sheet (`handbook-part`); other pages follow on.
struct HandbookBuilder {
  static let fileName = "handbook.html"

  let site: ResolvedSite
  let navigation: Navigation
  /// Each page's rendered Markdown body, by output path.
  let bodies: [String: String]
  /// Each entity page's facts as the theme draws them (tables, checklist, backlinks), by output path.
  var facts: [String: String] = [:]
  var jobs = 1
  /// Body bytes above which the view splits into volumes.
  var volumeLimit = HandbookVolumes.limit

  /// Each page's section with what it was made from. A section depends on its own page and
  /// body, on the set of pages (``Memory/pagePaths``), and on the heading ids of the pages its
  /// links point into, recorded per section.
  struct Memory: Sendable {
    struct Key: Equatable, Sendable {
      var title: String
      var hasDocument: Bool
      var summary: String?
      var body: String?
      var facts: String?
    }

    var pagePaths: Set<String> = []
    var volumes: HandbookVolumes?
    var sections: [String: (key: Key, consulted: [String: Set<String>], section: String)] = [:]
    /// The cover and contents, and the whole file, reused when neither they nor any section changed.
    var head = ""
    var order: [String] = []
    var output: [OutputFile]?
    /// False for a one-off build, which keeps nothing for a next one.
    var recording = true
  }

  func build() -> [OutputFile] {
    var memory = Memory()
    return build(memory: &memory)
  }

  func build(memory: inout Memory) -> [OutputFile] {
    let order = navigation.readingOrder
    var headingIDs: [String: Set<String>] = [:]
    for page in site.pages {
      headingIDs[page.outputPath] = Set(page.rewrites.headingIDs.values)
    }
    let volumes = HandbookVolumes(
      order: order,
      bodyBytes: order.reduce(0) { $0 + (bodies[$1]?.utf8.count ?? 0) + (facts[$1]?.utf8.count ?? 0) },
      limit: volumeLimit
    ) { site.page(at: $0)?.title }
    // The pages links can become sections of, and where each lives; when they change, no section
    // is reused.
    let pagePaths = Set(headingIDs.keys)
    let previous = memory.pagePaths == pagePaths && memory.volumes == volumes ? memory.sections : [:]
    memory.pagePaths = pagePaths
    memory.volumes = volumes
    var out =
      "<!DOCTYPE html>\n<html lang=\"\(HTMLEscaping.escape(site.config.language))\">\n<head>\n<meta charset=\"utf-8\">\n"
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    out += "<title>\(HTMLEscaping.escape(site.config.title))</title>\n"
    // The theme's stylesheets, whatever they are called.
    for stylesheet in site.assets.map(\.path).filter({ $0.hasPrefix("assets/") && $0.hasSuffix(".css") })
      .sorted()
    {
      out += "<link rel=\"stylesheet\" href=\"\(HTMLEscaping.escapeHref(stylesheet))\">\n"
    }
    out += "</head>\n<body class=\"handbook\">\n<main>\n"
    // What every file of the view opens with, up to its own cover.
    let head = out
    out +=
      "<section class=\"handbook-cover\" id=\"handbook-cover\">\n<h1>\(HTMLEscaping.escape(site.config.title))</h1>\n"
    if let description = site.config.description {
      out += "<p class=\"summary\">\(HTMLEscaping.escape(description))</p>\n"
    }
    out +=
      "<p>\(HTMLEscaping.escape(site.config.onePageTitle)) · <a href=\"index.html\">the same pages as a website</a></p>\n</section>\n"
    out +=
      "<nav class=\"handbook-contents\" aria-labelledby=\"handbook-contents\">\n<h2 id=\"handbook-contents\">Contents</h2>\n"
    out += contents(in: "", home: true, volumes: volumes) + "</nav>\n"
    let pages = order.compactMap { site.page(at: $0) }
    let ids = headingIDs
    let sections = Parallel.map(pages, jobs: jobs) { page in
      let key = Memory.Key(
        title: page.title, hasDocument: page.document != nil,
        summary: page.entity.flatMap { site.dataset.summary(of: $0) }, body: bodies[page.outputPath],
        facts: facts[page.outputPath])
      if let kept = previous[page.outputPath], kept.key == key,
        kept.consulted.allSatisfy({ ids[$0.key] ?? [] == $0.value })
      {
        return (key, kept.consulted, kept.section, false)
      }
      let consulted = Consulted()
      let section = section(for: page, headingIDs: ids, volumes: volumes, consulted: consulted)
      return (key, consulted.anchors, section, true)
    }
    guard memory.recording else {
      return files(
        contents: out, head: head, sections: sections.map(\.2), pages: pages, volumes: volumes, reusing: [:],
        fresh: [])
    }
    memory.sections = Dictionary(
      uniqueKeysWithValues: zip(pages, sections).map {
        ($0.outputPath, (key: $1.0, consulted: $1.1, section: $1.2))
      })
    let unchanged = out == memory.head && order == memory.order && !sections.contains(where: \.3)
    // A volume none of whose sections changed is the same file as last time.
    let kept = out == memory.head && order == memory.order ? memory.output ?? [] : []
    memory.head = out
    memory.order = order
    if unchanged, let output = memory.output { return output }
    let fresh = Set(zip(pages, sections).filter { $1.3 }.map(\.0.outputPath))
    let output = files(
      contents: out, head: head, sections: sections.map(\.2), pages: pages, volumes: volumes,
      reusing: Dictionary(uniqueKeysWithValues: kept.map { ($0.path, $0) }), fresh: fresh)
    memory.output = output
    return output
  }

  /// `handbook.html` with every section, or, with volumes, `handbook.html` as the contents and one
  /// file per volume holding its sections.
  private func files(
    contents: String, head: String, sections: [String], pages: [ResolvedPage], volumes: HandbookVolumes?,
    reusing kept: [String: OutputFile], fresh: Set<String>
  ) -> [OutputFile] {
    guard let volumes else {
      return [OutputFile(path: Self.fileName, text: Self.document(head: contents, sections: sections))]
    }
    var list = "<nav class=\"handbook-volumes\" aria-labelledby=\"handbook-volumes\">\n"
    list += "<h2 id=\"handbook-volumes\">Volumes</h2>\n<ol>\n"
    for volume in volumes.volumes {
      list +=
        "<li><a href=\"\(HTMLEscaping.escapeHref(volume.fileName))\">\(HTMLEscaping.escape(volume.title))</a> (\(volume.pages.count) page\(volume.pages.count == 1 ? "" : "s"))</li>\n"
    }
    list += "</ol>\n</nav>\n"
    var files = [OutputFile(path: Self.fileName, text: Self.document(head: contents + list, sections: []))]
    let sectionByPath = Dictionary(uniqueKeysWithValues: zip(pages.map(\.outputPath), sections))
    for volume in volumes.volumes {
      if let file = kept[volume.fileName], !volume.pages.contains(where: fresh.contains) {
        files.append(file)
        continue
      }
      let cover =
        "<section class=\"handbook-cover\" id=\"handbook-cover\">\n<h1>\(HTMLEscaping.escape(volume.title))</h1>\n"
        + "<p>\(HTMLEscaping.escape(site.config.title)) · <a href=\"\(Self.fileName)\">all volumes</a></p>\n</section>\n"
      files.append(
        OutputFile(
          path: volume.fileName,
          text: Self.document(head: head + cover, sections: volume.pages.compactMap { sectionByPath[$0] })))
    }
    return files
  }

  /// The nested list of contents, in reading order; with volumes, each entry names its volume.
  private func contents(in folder: String, home: Bool, volumes: HandbookVolumes?) -> String {
    func href(_ path: String) -> String { (volumes?.fileOf[path] ?? "") + "#" + HandbookIDs.page(path) }
    var out = "<ol>\n"
    if home, let index = site.page(at: "index.html") {
      out += "<li><a href=\"\(href("index.html"))\">\(HTMLEscaping.escape(index.title))</a></li>\n"
    }
    for page in navigation.pages(in: folder) {
      out += "<li><a href=\"\(href(page.outputPath))\">\(HTMLEscaping.escape(page.title))</a>"
      if page.outputPath.hasSuffix("/index.html") {
        out += "\n" + contents(in: SitePath.directory(of: page.outputPath), home: false, volumes: volumes)
      }
      out += "</li>\n"
    }
    return out + "</ol>\n"
  }

  private static func document(head: String, sections: [String]) -> String {
    Concatenation.text(head: head, parts: sections, tail: "</main>\n</body>\n</html>\n")
  }

  /// The heading ids of each page a section's links were mapped against, as they were.
  final class Consulted {
    var anchors: [String: Set<String>] = [:]
  }

  private func section(
    for page: ResolvedPage, headingIDs: [String: Set<String>], volumes: HandbookVolumes?, consulted: Consulted
  ) -> String {
    let id = HandbookIDs.page(page.outputPath)
    // A top-level section (a first-level folder, or a page at the root) starts a new sheet in
    // print; every other page follows on, so no sheet is left mostly blank.
    let part =
      SitePath.directory(of: page.outputPath).split(separator: "/").count
      == (page.outputPath.hasSuffix("/index.html") ? 1 : 0)
    var out = "<section class=\"handbook-page\(part ? " handbook-part" : "")\" id=\"\(id)\">\n"
    var body = bodies[page.outputPath].flatMap { page.document != nil ? $0 : nil } ?? ""
    if page.document == nil || bodies[page.outputPath] == nil {
      body = "<h1>\(HTMLEscaping.escape(page.title))</h1>\n"
      if let entity = page.entity, let summary = site.dataset.summary(of: entity) {
        body += "<p class=\"summary\">\(HTMLEscaping.escape(summary))</p>\n"
      }
    }
    body += facts[page.outputPath] ?? ""
    let path = page.outputPath
    let ownIDs = HTMLAttributeRewriter.ids(in: body)
    let rewriter = HTMLAttributeRewriter(
      id: { HandbookIDs.heading($0, onPage: path) },
      link: { written in
        // Values are written escaped (entities, percent-encoding); resolve the plain form.
        let plain = HTMLEscaping.unescapeAttribute(written)
        guard LinkContext.scheme(of: plain) == nil else { return written }
        if plain.hasPrefix("#"), ownIDs.contains(String(plain.dropFirst())) {
          return "#" + HandbookIDs.heading(String(plain.dropFirst()), onPage: path)
        }
        let decoded = plain.utf8.contains(UInt8(ascii: "%")) ? plain.removingPercentEncoding ?? plain : plain
        let mapped = map(decoded, from: path, headingIDs: headingIDs, volumes: volumes, consulted: consulted)
        return HTMLEscaping.escapeHref(mapped)
      })
    out += rewriter.rewrite(body)
    return out + "</section>\n"
  }

  /// A link as seen from `handbook.html` at the root: another page becomes its section, a heading
  /// on it that heading; a file keeps its path from the root; anything with a scheme is kept.
  private func map(
    _ destination: String, from pagePath: String, headingIDs: [String: Set<String>],
    volumes: HandbookVolumes?,
    consulted: Consulted
  ) -> String {
    guard !destination.isEmpty, LinkContext.scheme(of: destination) == nil, !destination.hasPrefix("/") else {
      return destination
    }
    let (path, fragment) = LinkContext.splitFragment(destination)
    let target = path.isEmpty ? pagePath : SitePath.resolve(path, from: SitePath.directory(of: pagePath))
    guard let target else { return destination }
    if target == Self.fileName { return volumes == nil ? "#handbook-cover" : Self.fileName }
    if site.hasPage(at: target) {
      consulted.anchors[target] = headingIDs[target] ?? []
      // Within one file a link is a fragment; into another volume it names that file too.
      let file = volumes.flatMap { $0.fileOf[target] == $0.fileOf[pagePath] ? nil : $0.fileOf[target] } ?? ""
      if let fragment, headingIDs[target]?.contains(fragment) == true {
        return file + "#" + HandbookIDs.heading(fragment, onPage: target)
      }
      return file + "#" + HandbookIDs.page(target)
    }
    return target + (fragment.map { "#" + $0 } ?? "")
  }
}
