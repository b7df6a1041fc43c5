import DatasetExport
import Foundation
import SiteBuild
import TestSupport
import Testing

/// The files the theme relies on: search index, navigation tree, single-page handbook, sitemap and
/// 404 page; and pages whose size does not grow with the site.
@Suite struct ThemeOutputTests {
  static func json(fromScript script: String, variable: String) throws -> Any {
    let prefix = "window.\(variable)="
    #expect(script.hasPrefix(prefix))
    var body = script.dropFirst(prefix.count)
    while body.last == "\n" || body.last == ";" { body = body.dropLast() }
    return try JSONSerialization.jsonObject(with: Data(body.utf8))
  }

  /// The index's files, parsed back: the manifest, every shard's terms and postings, every record.
  struct SearchIndex {
    var pages: Int
    var per: Int
    var shards: [String: [String: String]]
    var records: [[Any]]
    var bytes: Int

    init(_ rendered: RenderedSite) throws {
      func call(_ file: OutputFile, _ function: String) throws -> [Any] {
        let text = String(decoding: file.bytes, as: UTF8.self)
        let prefix = "demarcSearch.\(function)("
        #expect(
          text.hasPrefix(prefix) && text.hasSuffix(");\n"), "\(file.path) calls demarcSearch.\(function)")
        #expect(!text.contains("</script"), "the index cannot close a script")
        let arguments = "[" + text.dropFirst(prefix.count).dropLast(3) + "]"
        return try #require(try JSONSerialization.jsonObject(with: Data(arguments.utf8)) as? [Any])
      }
      let files = rendered.files.filter { $0.path.hasPrefix("search/") }
      bytes = files.reduce(0) { $0 + $1.bytes.count }
      let manifestFile = try #require(files.first { $0.path == "search/index.js" })
      let manifest = try #require(try call(manifestFile, "manifest").first as? [String: Any])
      pages = try #require(manifest["pages"] as? Int)
      per = try #require(manifest["per"] as? Int)
      shards = [:]
      for key in try #require(manifest["shards"] as? [String]) {
        let file = try #require(
          files.first { $0.path == "search/t-\(key).js" }, "shard \(key) is listed and written")
        let arguments = try call(file, "shard")
        #expect(arguments.first as? String == key)
        shards[key] = try #require(arguments.last as? [String: String])
      }
      records = []
      for number in 0..<((pages + per - 1) / per) {
        let file = try #require(files.first { $0.path == "search/r-\(number).js" })
        let arguments = try call(file, "records")
        #expect(arguments.first as? Int == number)
        records += try #require(arguments.last as? [[Any]])
      }
      #expect(files.count == 1 + shards.count + (pages + per - 1) / per, "no file beyond those listed")
    }

    /// Page numbers and weights of one term, decoded as `demarc.js` decodes them.
    func postings(_ term: String) -> [(page: Int, weight: Int)] {
      guard let list = shards[SearchTermsProbe.shard(of: term)]?[term] else { return [] }
      var page = 0
      return list.split(separator: ",").map { posting in
        page += Int(posting.dropLast(), radix: 36) ?? -1
        return (page, Int(String(posting.suffix(1)), radix: 36) ?? -1)
      }
    }

    func page(_ number: Int) -> String? {
      records.indices.contains(number) ? records[number][1] as? String : nil
    }
  }

  @Test func theSearchIndexCoversEveryPageWithAliasesAsKeywords() throws {
    let (result, rendered) = try ShippedSite.checked.get()
    let files = LinkAudit.pages(of: rendered)
    let index = try SearchIndex(rendered)
    #expect(result.searchIndexBytes == index.bytes)
    let pages = files.keys.filter { $0.hasSuffix(".html") && $0 != "404.html" && $0 != "handbook.html" }
    #expect(index.records.count == pages.count && index.pages == pages.count)
    #expect(Set(index.records.compactMap { $0[1] as? String }) == Set(pages))
    // A reader searching PaaS finds the container services, through their class's aliases.
    let paas = index.postings("paas").compactMap { index.page($0.page) }
    #expect(paas.contains("services/rds.html") && paas.contains("classes/container.html"))
    // Body words are indexed with a small weight, title words with the largest.
    let group = index.postings("group").compactMap { index.page($0.page) }
    #expect(group.contains("services/rds.html"))
    let rds = try #require(index.records.firstIndex { $0[1] as? String == "services/rds.html" })
    let weight = index.postings("rds").first { $0.page == rds }?.weight ?? 0
    #expect(weight >= 12, "a title word outweighs any body word")
    #expect(index.bytes < 200 * pages.count * 10, "no full text: the index stays small")
  }

  @Test func theNavigationTreeListsEveryPageOnce() throws {
    let (_, rendered) = try ShippedSite.checked.get()
    let script = try #require(rendered.files.first { $0.path == "nav-tree.js" })
    let tree = try #require(
      Self.json(fromScript: String(decoding: script.bytes, as: UTF8.self), variable: "demarcNavTree")
        as? [String: Any])
    var paths: [String] = []
    func walk(_ node: [String: Any]) {
      paths.append(node["u"] as? String ?? "")
      for child in node["c"] as? [[String: Any]] ?? [] { walk(child) }
    }
    walk(tree)
    let pages = rendered.files.map(\.path).filter {
      $0.hasSuffix(".html") && $0 != "404.html" && $0 != "handbook.html"
    }
    #expect(paths.sorted() == pages.sorted())
  }

  @Test func theSinglePageHandbookHasEveryPageAndOnlyInternalAnchors() throws {
    let (_, rendered) = try ShippedSite.checked.get()
    let html = try #require(LinkAudit.pages(of: rendered)["handbook.html"])
    let sections = html.components(separatedBy: "<section class=\"handbook-page").count - 1
    let pages = rendered.files.filter {
      $0.path.hasSuffix(".html") && $0.path != "404.html" && $0.path != "handbook.html"
    }
    #expect(sections == pages.count)
    let audit = LinkAudit.broken(
      in: LinkAudit.pages(of: rendered).filter { $0.key == "handbook.html" || !$0.key.hasSuffix(".html") }
        .merging(["index.html": "<html>"]) { $1 })
    #expect(audit.broken == [])
    let external = LinkAudit.hrefs(in: html).filter { !$0.hasPrefix("#") && !$0.contains(":") }
    // The Downloads page links to the exports, which sit beside the handbook as they do beside the site.
    #expect(
      Set(external) == Set(["assets/demarc.css", "index.html"] + ExportFormat.allCases.map(\.outputPath)))
  }

  @Test func aBaseURLGivesASitemapAndA404PageThatWorksAtAnyAddress() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    let (_, rendered) = try BuildPipeline.check(siteRoot: site.root)
    let files = LinkAudit.pages(of: rendered)
    let sitemap = String(
      decoding: try #require(rendered.files.first { $0.path == "sitemap.xml" }).bytes, as: UTF8.self)
    #expect(sitemap.contains("<loc>https://docs.example.com/handbook/</loc>"))
    #expect(sitemap.contains("<loc>https://docs.example.com/handbook/guide/intro.html</loc>"))
    #expect(files["404.html"]?.contains("<base href=\"/handbook/\">") == true)
    try site.write("demarc.yaml", "title: No base\ntheme: ../_theme\n")
    let (_, withoutBase) = try BuildPipeline.check(siteRoot: site.root)
    #expect(!withoutBase.files.contains { $0.path == "sitemap.xml" })
  }

  /// With the shipped theme, a page's bytes do not depend on how many other pages the site has.
  @Test func pageSizeDoesNotGrowWithTheSite() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    try FileManager.default.copyItem(
      at: ShippedSite.repository.appendingPathComponent("Theme"),
      to: site.sandbox.appendingPathComponent("shipped"))
    try site.write("demarc.yaml", "title: Basic\ntheme: ../shipped\n")
    let (_, small) = try BuildPipeline.check(siteRoot: site.root)
    for index in 0..<150 {
      try site.write("Content/zzz/page-\(index).md", "---\ntitle: Extra \(index)\n---\n\n# Extra \(index)\n")
    }
    let (_, large) = try BuildPipeline.check(siteRoot: site.root)
    let before = LinkAudit.pages(of: small)["guide/intro.html"]
    #expect(before != nil)
    #expect(before == LinkAudit.pages(of: large)["guide/intro.html"])
  }
}
