import Diagnostics
import Foundation
import SiteBuild
import TestSupport
import Testing

/// Rule I17 and the entity routes: every entity gets exactly one page.
@Suite struct EntityBindingTests {
  @Test func entitiesWithoutProseGetAGeneratedPageAndAWarning() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    try FileManager.default.removeItem(at: site.url("Content/services/vm.md"))
    let (result, rendered) = try BuildPipeline.check(siteRoot: site.root)
    #expect(
      result.diagnostics.map(\.description) == [
        "Content/data/services/vm.yaml:1:5: warning: service/vm has no page of prose; demarc generates one from the data. Add a page with 'about: service/vm' [missing-entity-page]"
      ])
    let page = rendered.files.first { $0.path == "services/vm.html" }.map {
      String(decoding: $0.bytes, as: UTF8.self)
    }
    #expect(page?.contains("<h1>Virtual Machines</h1>") == true)
  }

  @Test func aBoundPageKeepsItsOwnPathAndLinksFollowIt() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    try FileManager.default.moveItem(
      at: site.url("Content/controls/patching.md"), to: site.url("Content/patching-guide.md"))
    let (result, rendered) = try BuildPipeline.check(siteRoot: site.root)
    #expect(result.errorCount == 0, "\(result.diagnostics)")
    let paths = Set(rendered.files.map(\.path))
    #expect(paths.contains("patching-guide.html") && !paths.contains("controls/patching.html"))
    let home =
      rendered.files.first { $0.path == "index.html" }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
    #expect(home.contains("<a href=\"patching-guide.html\">patching</a>"))
  }

  @Test func pagesThatCollideIncludingByCaseAreErrors() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    try site.write("Content/Services/VM.md", "---\ntitle: Shouting\n---\n")
    let (result, _) = try BuildPipeline.check(siteRoot: site.root)
    // Byte order puts `Services/` first, so the real page is the one refused, and the entity it was
    // bound to then has nowhere to go: both are reported.
    #expect(
      result.diagnostics.filter { $0.code == .routeCollision }.map(\.location?.file) == [
        "Content/Services/VM.md", "Content/services/vm.md",
      ])
  }

  @Test func symlinksLeavingTheSiteAreSkipped() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let outside = site.sandbox.appendingPathComponent("secret.md")
    try Data("---\ntitle: Secret\n---\n".utf8).write(to: outside)
    try FileManager.default.createSymbolicLink(at: site.url("Content/secret.md"), withDestinationURL: outside)
    let (result, rendered) = try BuildPipeline.check(siteRoot: site.root)
    #expect(result.diagnostics.map(\.code) == [.unsafePath])
    #expect(!rendered.files.contains { $0.path == "secret.html" })
  }

  @Test func invalidUTF8AndBOMAndCRLFAreHandled() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    try site.write(
      "Content/bom.md", bytes: [0xEF, 0xBB, 0xBF] + Array("---\r\ntitle: BOM\r\n---\r\n\r\n# Fine\r\n".utf8))
    try site.write(
      "Content/bad.md", bytes: Array("---\ntitle: Bad\n---\n\nab".utf8) + [0xFF, 0xFE] + Array(" cd\n".utf8))
    let (result, rendered) = try BuildPipeline.check(siteRoot: site.root)
    #expect(
      result.diagnostics.map(\.description) == [
        "Content/bad.md:5:3: error: the file is not valid UTF-8 (first bad byte at offset 22); save it as UTF-8 [invalid-utf8]"
      ])
    let bom =
      rendered.files.first { $0.path == "bom.html" }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
    #expect(bom.contains("<title>BOM | Dataset Fixture</title>"))
  }
}

/// A site that names a shared theme can override single templates, partials and assets.
@Suite struct ThemeOverrideTests {
  @Test func localTemplatesAndAssetsWinOverTheNamedTheme() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    try site.write(
      "Theme/templates/page.mustache", "<article class=\"local\">{{{page.bodyHTML}}}</article>\n")
    try site.write("Theme/assets/site.css", "body { color: red; }\n")
    let (result, rendered) = try BuildPipeline.check(siteRoot: site.root)
    #expect(result.errorCount == 0)
    let files = LinkAudit.pages(of: rendered)
    #expect(files["index.html"]?.contains("<article class=\"local\">") == true)
    #expect(files["guide/intro.html"]?.contains("<nav>") == true, "the shared layout is still used")
    #expect(files["assets/site.css"] == "body { color: red; }\n")
  }
}
