import Diagnostics
import Foundation
import Markdown
import SiteBuild
import Testing

/// Names demarc generates are reserved, and every name or string reaches the output escaped once,
/// by the shared mechanism: the one-page view, absolute URLs, titles, heading ids.
@Suite struct OutputNameTests {
  @Test func anAuthoredFileCannotTakeAGeneratedName() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    try site.write("Content/handbook.md", "---\ntitle: Mine\n---\n# Mine\n")
    try site.write("Content/search/index.js", "var mine;\n")
    try site.write("Content/search/t-ab.js", "var mine;\n")
    try site.write("Content/nav-tree.js", "var mine;\n")
    try site.write("Content/sitemap.xml", "<urlset/>\n")
    try site.write("Content/assets/site.css", "body{}\n")
    let (diagnostics, _) = try HostileInputTests.check(site)
    let collisions = diagnostics.filter { $0.code == .routeCollision }
    #expect(
      collisions.compactMap(\.location?.file).sorted() == [
        "Content/assets/site.css", "Content/handbook.md", "Content/nav-tree.js", "Content/search/index.js",
        "Content/search/t-ab.js", "Content/sitemap.xml",
      ])
    #expect(
      collisions.first { $0.location?.file == "Content/assets/site.css" }?.message.contains(
        "_theme/assets/site.css") == true)
    #expect(
      collisions.first { $0.location?.file == "Content/handbook.md" }?.message.contains("one-page view")
        == true)
  }

  @Test func pathsWithApostrophesAndSpacesAreEscapedOnce() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    try site.write("Content/it's.png", "png")
    try site.write("Content/my notes.md", "---\ntitle: Notes\n---\n# Notes\n\n![pic](it's.png)\n")
    let (diagnostics, pages) = try HostileInputTests.check(site)
    #expect(!diagnostics.contains { $0.severity == .error })
    let handbook = try #require(pages["handbook.html"])
    #expect(handbook.contains("src=\"it&#x27;s.png\""))
    #expect(!handbook.contains("&amp;#x27;"))
    let (_, rendered) = try BuildPipeline.check(siteRoot: site.root)
    let sitemap = try #require(
      rendered.files.first { $0.path == "sitemap.xml" }.map { String(decoding: $0.bytes, as: UTF8.self) })
    #expect(sitemap.contains("/my%20notes.html</loc>"))
    #expect(!sitemap.contains("my notes"))
    #expect(pages["my notes.html"]?.contains("my%20notes.html\"") == true, "the canonical link is encoded")
  }

  @Test func aNULInADatasetOrFrontMatterStringNeverReachesThePage() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    try site.write("Content/nul.md", "---\ntitle: \"A \\0 title\"\ndescription: \"d\\0\"\n---\nText\n")
    let (_, pages) = try HostileInputTests.check(site)
    let page = try #require(pages["nul.html"])
    #expect(!page.utf8.contains(0))
    #expect(page.contains("A \u{FFFD} title"))
    #expect(HTMLEscaping.escape("a\0b") == "a\u{FFFD}b")
  }

  @Test func headingsNeverTakeAnIdTheThemeUses() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    let layout = site.sandbox.appendingPathComponent("_theme/templates/layout.mustache")
    let text = try String(contentsOf: layout, encoding: .utf8)
    try Data(text.replacingOccurrences(of: "<body>", with: "<body><nav id=\"main\"></nav>").utf8).write(
      to: layout)
    try #require(text.contains("<body>"))
    try site.write("Content/ids.md", "---\ntitle: Ids\n---\n# Ids\n\n## Main\n\n[m](#main-1)\n")
    let (diagnostics, pages) = try HostileInputTests.check(site)
    #expect(!diagnostics.contains { $0.location?.file == "Content/ids.md" })
    let page = try #require(pages["ids.html"])
    #expect(page.components(separatedBy: "id=\"main\"").count == 2, "one id=\"main\", the theme's")
    #expect(page.contains("<h2 id=\"main-1\">"))
  }

  @Test(arguments: [
    ("it&#x27;s &amp; &lt;b&gt; &quot;q&quot; &#39;", "it's & <b> \"q\" '"), ("plain", "plain"),
    ("&unknown;", "&unknown;"),
  ])
  func attributeValuesUnescape(_ written: String, _ plain: String) {
    #expect(HTMLEscaping.unescapeAttribute(written) == plain)
  }
}

/// Editors' backups and swap files beside a page are not content, so they are never published.
@Suite struct EditorFileTests {
  @Test func backupsAndSwapFilesAreNotPublished() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    for name in ["index.md~", ".index.md.swp", "#index.md#", "4913", "notes.kate-swp"] {
      try site.write("Content/\(name)", "scratch\n")
    }
    try site.write("Content/kept~name.txt", "kept\n")
    let (_, rendered) = try BuildPipeline.check(siteRoot: site.root)
    let paths = Set(rendered.files.map(\.path))
    #expect(paths.contains("kept~name.txt") && paths.contains("index.html"))
    for name in ["index.md~", ".index.md.swp", "#index.md#", "4913", "notes.kate-swp"] {
      #expect(!paths.contains(name), "\(name) was published")
    }
  }
}
