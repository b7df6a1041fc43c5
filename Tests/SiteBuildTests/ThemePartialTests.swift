import Foundation
import SiteTheme
import TestSupport
import Testing

@testable import SiteBuild

/// Every table, diagram and list demarc generates, and the one-page view, are drawn by the theme's
/// partials (``Partial``): a theme that overrides them restyles all of them, and one that does not
/// gets the built-in drawings.
@Suite struct ThemePartialTests {
  /// The dataset fixture's pages, built with its own theme (`_theme`, which overrides the owner
  /// cell, the stack diagram, the entity list and the handbook) or with the built-in one.
  static func pages(ownTheme: Bool) throws -> [String: String] {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    if !ownTheme { try site.write("demarc.yaml", "title: Dataset Fixture\n") }
    let (result, rendered) = try BuildPipeline.check(siteRoot: site.root)
    #expect(result.errorCount == 0, "\(result.diagnostics)")
    return LinkAudit.pages(of: rendered)
  }

  static func count(_ needle: String, in text: String?) -> Int {
    (text ?? "").components(separatedBy: needle).count - 1
  }

  @Test func aThemeRestylesEveryGeneratedTableDiagramListAndTheOnePageView() throws {
    let pages = try Self.pages(ownTheme: true)
    let tables = try #require(pages["tables.html"])
    // The fixture's matrix, compare and diff tables and an entity page's facts share the one cell.
    #expect(Self.count("<td class=\"fixture-cell", in: tables) > 20)
    #expect(Self.count("<td class=\"fixture-cell", in: pages["services/vm.html"]) >= 5)
    #expect(Self.count("<td class=\"owner", in: tables) == 0)
    #expect(
      Self.count("<figure class=\"fixture-stack\">", in: tables) == 3, "2 stacks and the diff of layers")
    #expect(Self.count("stack-diagram", in: tables) == 0)
    #expect(Self.count("<ol class=\"fixture-list\">", in: tables) == 5)
    #expect(Self.count("entity-list", in: tables) == 0)
    let handbook = try #require(pages["handbook.html"])
    #expect(handbook.contains("<body class=\"fixture-handbook\">"))
    #expect(
      Self.count("<article class=\"fixture-page\"", in: handbook)
        == pages.keys.filter {
          $0.hasSuffix(".html") && $0 != "404.html" && $0 != "handbook.html"
        }.count)
    // The one-page view draws the facts and directives through the same overridden partials.
    #expect(
      Self.count("<td class=\"fixture-cell", in: handbook)
        > Self.count("<td class=\"fixture-cell", in: tables))
  }

  @Test func withoutOverridesTheBuiltInPartialsDrawThem() throws {
    let pages = try Self.pages(ownTheme: false)
    let tables = try #require(pages["tables.html"])
    #expect(Self.count("<td class=\"fixture-cell", in: tables) == 0)
    #expect(Self.count("<td class=\"owner owner-", in: tables) > 20)
    #expect(Self.count("<svg class=\"stack-diagram\"", in: tables) == 3)
    #expect(
      Self.count("class=\"entity-list", in: tables) + Self.count("class=\"entity-table\"", in: tables) == 5)
    #expect(pages["handbook.html"]?.contains("<body class=\"handbook\">") == true)
  }

  /// A theme of its own that has no partials still draws the directives: demarc's partials come
  /// from the built-in theme until the theme overrides them.
  @Test func aNamedThemeWithoutPartialsFallsBackToTheBuiltInOnes() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let partials = site.sandbox.appendingPathComponent("_theme/templates/partials")
    try FileManager.default.removeItem(at: partials)
    let (result, rendered) = try BuildPipeline.check(siteRoot: site.root)
    #expect(result.errorCount == 0, "\(result.diagnostics)")
    let tables = try #require(LinkAudit.pages(of: rendered)["tables.html"])
    #expect(Self.count("<td class=\"owner owner-", in: tables) > 20)
    #expect(Self.count("<svg class=\"stack-diagram\"", in: tables) == 3)
  }

  /// The generated pages' prose is the theme's Markdown: a site's own `Theme/` rewrites the
  /// not-found page and the matrix page, and their diagnostics name the template they came from.
  @Test func aThemeRewritesTheGeneratedPagesProse() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    try site.write("demarc.yaml", "title: Dataset Fixture\n")
    try site.write("Theme/templates/pages/404.mustache", "# Lost\n\nTry the [start](index.html).\n")
    try site.write(
      "Theme/templates/pages/reference/matrix.mustache",
      "# The grid\n\nSee [nowhere](missing.md).\n\n```demarc matrix\nrows: layers\n```\n")
    let (result, rendered) = try BuildPipeline.check(siteRoot: site.root)
    let pages = LinkAudit.pages(of: rendered)
    #expect(pages["404.html"]?.contains("<h1 id=\"lost\">Lost") == true)
    #expect(pages["404.html"]?.contains("Nothing lives at this address") == false)
    let matrix = try #require(pages["reference/matrix.html"])
    #expect(matrix.contains("<title>The grid"), "the title comes from the theme's heading")
    #expect(Self.count("<td class=\"owner owner-", in: matrix) > 5)
    #expect(
      result.diagnostics.contains {
        $0.code == .brokenLink && $0.location?.file == "Theme/templates/pages/reference/matrix.mustache"
      }, "\(result.diagnostics)")
  }
}
