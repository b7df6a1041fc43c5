import Diagnostics
import Foundation
import SiteBuild
import TestSupport
import Testing

/// The page conventions the peers agree on: folder pages, titles from headings, drafts, order keys,
/// `extra:` for templates.
@Suite struct PageConventionTests {
  /// A site of the given pages with the built-in theme, checked in memory.
  static func check(_ pages: [String: String], overrides: BuildOverrides = BuildOverrides()) throws -> (
    diagnostics: [Diagnostic], pages: [String: String]
  ) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "demarc-pages-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    for (path, text) in pages {
      let url = root.appendingPathComponent("Content/" + path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    let (result, rendered) = try BuildPipeline.check(
      siteRoot: root, overrides: overrides)
    return (result.diagnostics, LinkAudit.pages(of: rendered))
  }

  @Test(arguments: ["README.md", "readme.md", "_index.md", "index.md"])
  func aFolderPageNameMakesTheFoldersIndex(_ name: String) throws {
    let (diagnostics, pages) = try Self.check([
      "index.md": "# Home\n\n[Format](format/\(name))\n", "format/\(name)": "# The format\n",
      "format/toml.md": "# TOML\n",
    ])
    #expect(diagnostics.isEmpty)
    let index = try #require(pages["format/index.html"])
    #expect(index.contains("<h1 id=\"the-format\">The format"))
    #expect(
      pages.keys.filter { $0.hasPrefix("format/") }.sorted() == ["format/index.html", "format/toml.html"])
    #expect(pages["index.html"]?.contains("href=\"format/index.html\"") == true)
    let toml = try #require(pages["format/toml.html"])
    #expect(toml.contains(">The format</a>"), "the folder is named by its page's title")
  }

  @Test func aFolderPageWithNoTitleIsNamedAfterItsFolderNeverIndex() throws {
    let (diagnostics, pages) = try Self.check([
      "index.md": "# Home\n", "user-guide/_index.md": "+++\ntemplate = \"x.html\"\n+++\nText only.\n",
      "user-guide/a.md": "# A\n",
    ])
    #expect(pages["user-guide/index.html"]?.contains("<title>User Guide") == true)
    #expect(!pages.values.contains { $0.contains("_index") })
    #expect(diagnostics.contains { $0.code == .missingTitle && $0.message.contains("using 'User Guide'") })
  }

  @Test func twoFolderPagesInOneFolderAreAnErrorNamingBoth() throws {
    let (diagnostics, _) = try Self.check(["index.md": "# Home\n", "README.md": "# Read me\n"])
    let collision = try #require(diagnostics.first { $0.code == .routeCollision })
    #expect(collision.location?.file == "Content/index.md")
    #expect(collision.message.contains("Content/README.md") && collision.message.contains("keep one"))
  }

  @Test func theFirstHeadingIsTheTitleWithoutAWarning() throws {
    let (diagnostics, pages) = try Self.check([
      "index.md": "# Home\n", "headed.md": "Intro line.\n\n# The real title\n", "bare.md": "Only text.\n",
    ])
    #expect(diagnostics.map(\.code) == [.missingTitle])
    #expect(diagnostics.first?.location?.file == "Content/bare.md")
    #expect(pages["headed.html"]?.contains("<title>The real title") == true)
  }

  @Test func aFrontMatterTitleWithoutAHeadingIsShownAsOne() throws {
    let (_, pages) = try Self.check([
      "index.md": "---\ntitle: Welcome\n---\nNo heading here.\n", "other.md": "# Own heading\n",
    ])
    #expect(pages["index.html"]?.contains("<h1>Welcome</h1>") == true)
    #expect(pages["other.html"]?.components(separatedBy: "<h1").count == 2, "exactly one h1")
    #expect(pages["other.html"]?.contains("<h1 id=\"own-heading\">") == true)
  }

  @Test func draftsAreLeftOutUnlessAskedFor() throws {
    let site = [
      "index.md": "# Home\n\n[soon](soon.md)\n", "soon.md": "---\ndraft: true\n---\n# Soon\n",
    ]
    let (diagnostics, pages) = try Self.check(site)
    #expect(pages["soon.html"] == nil)
    let link = try #require(diagnostics.first { $0.code == .brokenLink })
    #expect(link.message.contains("is a draft") && link.message.contains("--drafts"))
    let (kept, keptPages) = try Self.check(site, overrides: BuildOverrides(includeDrafts: true))
    #expect(kept.isEmpty && keptPages["soon.html"] != nil)
  }

  @Test func weightAndSidebarPositionOrderPages() throws {
    let (diagnostics, pages) = try Self.check([
      "index.md": "# Home\n", "a.md": "---\nweight: 3\n---\n# Alpha\n",
      "b.md": "---\nsidebar_position: 1\n---\n# Bravo\n", "c.md": "---\norder: 2\n---\n# Charlie\n",
    ])
    #expect(diagnostics.isEmpty)
    let home = try #require(pages["index.html"])
    let positions = ["Bravo", "Charlie", "Alpha"].compactMap { home.range(of: ">\($0)</a>")?.lowerBound }
    #expect(positions.count == 3 && positions == positions.sorted())
  }

  @Test func extraKeysReachTemplatesAndUnknownKeysWarnWithAHint() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "demarc-extra-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("Theme/templates"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("Content"), withIntermediateDirectories: true)
    try Data("<p class=\"owner\">{{page.extra.owner}}</p>{{{page.bodyHTML}}}".utf8).write(
      to: root.appendingPathComponent("Theme/templates/page.mustache"))
    try Data("---\nextra:\n  owner: Platform <team>\ntitel: Oops\n---\n# Home\n".utf8).write(
      to: root.appendingPathComponent("Content/index.md"))
    let (result, rendered) = try BuildPipeline.check(siteRoot: root)
    let home = try #require(LinkAudit.pages(of: rendered)["index.html"])
    #expect(home.contains("<p class=\"owner\">Platform &lt;team&gt;</p>"))
    let unknown = try #require(result.diagnostics.first { $0.code == .unknownKey })
    #expect(unknown.message.contains("did you mean 'title'?"))
  }
}

/// Hugo's and Zola's `+++` TOML front matter reads like YAML front matter.
@Suite struct TOMLFrontMatterTests {
  @Test func tomlFrontMatterIsRead() throws {
    let (diagnostics, pages) = try PageConventionTests.check([
      "index.md": """
      +++
      # Zola-style
      title = "Welcome, \\"friend\\""
      weight = 2
      draft = false
      [extra]
      owner = 'ops team'
      +++
      Body text.

      """
    ])
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let home = try #require(pages["index.html"])
    #expect(home.contains("<h1>Welcome, &quot;friend&quot;</h1>"))
    #expect(!home.contains("+++"))
  }

  @Test(arguments: [
    ("title = \"\"\"long\"\"\"", "multi-line strings"), ("[[items]]", "arrays of tables"),
    ("link = {a = 1}", "inline tables"), ("just words", "expected 'key = value'"),
  ])
  func whatItDoesNotReadIsReportedAtItsLine(_ line: String, _ message: String) throws {
    let (diagnostics, _) = try PageConventionTests.check([
      "index.md": "+++\ntitle = \"x\"\n\(line)\n+++\n# Home\n"
    ])
    let problem = try #require(diagnostics.first { $0.code == .yamlSyntax })
    #expect(problem.location?.line == 3)
    #expect(problem.message.contains(message))
  }

  @Test func anUnknownTOMLKeyWarnsWithTheNearestKey() throws {
    let (diagnostics, _) = try PageConventionTests.check(["index.md": "+++\nweigth = 1\n+++\n# Home\n"])
    #expect(diagnostics.map(\.message) == ["unknown key 'weigth' in front matter; did you mean 'weight'?"])
    #expect(diagnostics.first?.location?.line == 2)
  }
}

/// An mdBook `SUMMARY.md` sets the order and the titles of what it lists, and is not a page.
@Suite struct SummaryFileTests {
  static let site = [
    "README.md": "# Introduction\n",
    "SUMMARY.md": """
    # Summary

    [Introduction](README.md)

    # User guide

    - [Installing](guide/install.md)
    - [Zero to one](guide/alpha.md)
    - [Not written yet]()

    # Reference

    - [Format](format/README.md)
      - [Gone](format/gone.md)

    ---

    [Thanks](misc/thanks.md)

    """,
    "guide/alpha.md": "# Alpha\n", "guide/install.md": "No heading here.\n", "format/README.md": "# Format\n",
    "misc/thanks.md": "# Thanks\n", "unlisted.md": "# Aardvark\n",
  ]

  @Test func summaryOrdersAndNamesTheBookAndIsNotAPage() throws {
    let (diagnostics, pages) = try PageConventionTests.check(Self.site)
    #expect(pages["SUMMARY.html"] == nil)
    #expect(diagnostics.count == 1, "only the missing chapter; no missing-title for a listed page")
    let missing = try #require(diagnostics.first)
    #expect(missing.code == .brokenLink && missing.location?.file == "Content/SUMMARY.md")
    #expect(missing.message == "SUMMARY.md lists Content/format/gone.md, which does not exist")
    let home = try #require(pages["index.html"])
    // Sidebar order: the SUMMARY's, listed pages before unlisted ones.
    let order = ["User guide", "Format", "Misc", "Aardvark"].map { home.range(of: ">\($0)</a>")?.lowerBound }
    #expect(order.allSatisfy { $0 != nil } && order.compactMap { $0 } == order.compactMap { $0 }.sorted())
    let guide = try #require(pages["guide/index.html"])
    #expect(guide.contains("<h1>User guide</h1>"), "a folder without a page is named by its part")
    let children = ["Installing", "Zero to one"].map { guide.range(of: ">\($0)</a>")?.lowerBound }
    #expect(
      children.allSatisfy { $0 != nil } && children.compactMap { $0 } == children.compactMap { $0 }.sorted())
    #expect(pages["guide/install.html"]?.contains("<title>Installing") == true)
  }
}
