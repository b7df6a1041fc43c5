import Foundation
import SiteBuild
import TestSupport
import Testing

/// The binary carries the default theme: a site with no theme folder builds with it, the site's own
/// `Theme/` overrides it file by file, and `theme:` may name any folder, absolute too.
@Suite struct BuiltInThemeTests {
  /// A site of two pages and nothing else: no `Theme/`, no `demarc.yaml`.
  static func bareSite() throws -> (root: URL, remove: () -> Void) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "demarc-bare-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("Content/guide"), withIntermediateDirectories: true)
    try Data("# Home\n\nSee the [guide](guide/start.md).\n".utf8).write(
      to: root.appendingPathComponent("Content/index.md"))
    try Data("# Start\n\nText.\n".utf8).write(to: root.appendingPathComponent("Content/guide/start.md"))
    return (root, { try? FileManager.default.removeItem(at: root) })
  }

  @Test func aSiteWithNoThemeBuildsWithTheBuiltInOne() throws {
    let (root, remove) = try Self.bareSite()
    defer { remove() }
    let (result, rendered) = try BuildPipeline.check(siteRoot: root)
    #expect(result.errorCount == 0)
    let paths = Set(rendered.files.map(\.path))
    #expect(
      paths.isSuperset(of: ["index.html", "guide/start.html", "assets/demarc.css", "assets/demarc.js"]))
    let start = try #require(LinkAudit.pages(of: rendered)["guide/start.html"])
    #expect(start.contains("<link rel=\"stylesheet\" href=\"../assets/demarc.css\">"))
  }

  @Test func theSitesThemeFolderOverridesSingleFiles() throws {
    let (root, remove) = try Self.bareSite()
    defer { remove() }
    let css = root.appendingPathComponent("Theme/assets/demarc.css")
    try FileManager.default.createDirectory(
      at: css.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("body { color: teal; }\n".utf8).write(to: css)
    let (result, rendered) = try BuildPipeline.check(siteRoot: root)
    #expect(result.errorCount == 0)
    let files = LinkAudit.pages(of: rendered)
    #expect(files["assets/demarc.css"] == "body { color: teal; }\n")
    #expect(
      rendered.files.contains { $0.path == "assets/demarc.js" },
      "the rest still comes from the built-in theme")
    #expect(files["index.html"]?.contains("id=\"search-input\"") == true, "and so does the layout")
  }

  @Test func themeMayNameAnAbsoluteFolder() throws {
    let (root, remove) = try Self.bareSite()
    defer { remove() }
    let theme = FixtureSite.fixtures.appendingPathComponent("_theme").path
    try Data("theme: \(theme)\n".utf8).write(to: root.appendingPathComponent("demarc.yaml"))
    let (result, rendered) = try BuildPipeline.check(siteRoot: root)
    #expect(result.errorCount == 0)
    let paths = Set(rendered.files.map(\.path))
    #expect(paths.contains("assets/site.css") && !paths.contains("assets/demarc.css"))
  }

  /// The embedded copy is generated from `Theme/` (scripts/embed-theme); the two never drift.
  @Test func theBuiltInThemeIsTheRepositorysThemeFolder() throws {
    let (root, remove) = try Self.bareSite()
    defer { remove() }
    let (_, builtIn) = try BuildPipeline.check(siteRoot: root)
    let theme = ShippedSite.repository.appendingPathComponent("Theme/assets")
    for name in try FileManager.default.contentsOfDirectory(atPath: theme.path) {
      let disk = try Data(contentsOf: theme.appendingPathComponent(name))
      let embedded = builtIn.files.first { $0.path == "assets/" + name }.map { Data($0.bytes) }
      #expect(embedded == disk, "assets/\(name) differs; run scripts/embed-theme")
    }
    let templates = ShippedSite.repository.appendingPathComponent("Theme/templates")
    let generated = try String(
      contentsOf: ShippedSite.repository.appendingPathComponent(
        "Sources/SiteBuild/Scan/BuiltInTheme.swift"),
      encoding: .utf8)
    let names = (FileManager.default.enumerator(atPath: templates.path)?.allObjects as? [String] ?? [])
      .filter { $0.hasSuffix(".mustache") }
    var count = 0
    for name in names {
      let text = try String(contentsOf: templates.appendingPathComponent(name), encoding: .utf8)
      #expect(
        generated.contains("\"templates/\(name)\"") && generated.contains(text), "templates/\(name) differs")
      count += 1
    }
    #expect(count >= 5)
  }
}
