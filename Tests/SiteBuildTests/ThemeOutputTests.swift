import Foundation
import SiteBuild
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

  @Test func theSearchIndexCoversEveryPageWithAliasesAsKeywords() throws {
    let (result, rendered) = try BuildPipeline.check(siteRoot: ShippedSiteTests.repository)
    let files = LinkAudit.pages(of: rendered)
    let script = try #require(rendered.files.first { $0.path == "search-index.js" })
    #expect(result.searchIndexBytes == script.bytes.count)
    let entries = try #require(
      Self.json(fromScript: String(decoding: script.bytes, as: UTF8.self), variable: "demarcSearchIndex")
        as? [[String: Any]])
    #expect(
      entries.count
        == files.keys.filter { $0.hasSuffix(".html") && $0 != "404.html" && $0 != "handbook.html" }.count)
    let rds = try #require(entries.first { $0["u"] as? String == "services/rds.html" })
    #expect(
      (rds["k"] as? String)?.contains("PaaS") == true, "a reader searching PaaS finds container services")
    #expect((rds["x"] as? String)?.contains("security group") == true)
    #expect(
      !String(decoding: script.bytes, as: UTF8.self).contains("</script"), "the index cannot close a script")
  }

  @Test func theNavigationTreeListsEveryPageOnce() throws {
    let (_, rendered) = try BuildPipeline.check(siteRoot: ShippedSiteTests.repository)
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
    let (_, rendered) = try BuildPipeline.check(siteRoot: ShippedSiteTests.repository)
    let html = try #require(LinkAudit.pages(of: rendered)["handbook.html"])
    let sections = html.components(separatedBy: "<section class=\"handbook-page\"").count - 1
    let pages = rendered.files.filter {
      $0.path.hasSuffix(".html") && $0.path != "404.html" && $0.path != "handbook.html"
    }
    #expect(sections == pages.count)
    let audit = LinkAudit.broken(
      in: LinkAudit.pages(of: rendered).filter { $0.key == "handbook.html" || !$0.key.hasSuffix(".html") }
        .merging(["index.html": "<html>"]) { $1 })
    #expect(audit.broken == [])
    let external = LinkAudit.hrefs(in: html).filter { !$0.hasPrefix("#") && !$0.contains(":") }
    #expect(Set(external) == ["assets/demarc.css", "index.html"])
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
      at: ShippedSiteTests.repository.appendingPathComponent("Theme"),
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

/// What the shipped theme draws around each page: table of contents, previous/next, anchors.
@Suite struct ShippedThemePageTests {
  static let pages: [String: String] = {
    guard let (_, rendered) = try? BuildPipeline.check(siteRoot: ShippedSiteTests.repository) else {
      return [:]
    }
    return LinkAudit.pages(of: rendered)
  }()

  @Test func aGuideHasATableOfContentsAndHeadingAnchors() throws {
    let html = try #require(Self.pages["guides/choosing-a-class.html"])
    #expect(html.contains("<aside class=\"toc\""))
    #expect(html.contains("<li><a href=\"#on-ec2-infrastructure\">On EC2: infrastructure</a></li>"))
    #expect(
      html.contains(
        "<a class=\"heading-anchor\" href=\"#on-ec2-infrastructure\" aria-label=\"Link to this section\">#</a>"
      ))
  }

  @Test func previousAndNextFollowTheReadingOrder() throws {
    let html = try #require(Self.pages["guides/hardware-line.html"])
    #expect(html.contains("rel=\"prev\" href=\"of-and-in-the-cloud.html\""))
    #expect(html.contains("rel=\"next\" href=\"choosing-a-class.html\""))
    #expect(try #require(Self.pages["404.html"]).contains("class=\"pager\"") == false)
  }
}
