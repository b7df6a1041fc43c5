import Diagnostics
import Foundation
import TestSupport
import Testing

@testable import SiteBuild

/// The pure stages on values, with no disk: each fixture in `Fixtures/stages/` is a txtar of input
/// files (on top of a fixture site, or of nothing) and the `<main>` of the pages it checks, as
/// Hugo's integration tests and mdBook's goldens do; so a layout change does not touch them.
/// `RECORD_GOLDENS=1` rewrites the expected sections.
@Suite struct StageTests {
  static let folder = FixtureSite.fixtures.appendingPathComponent("stages")

  static let names: [String] = {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return files.filter { $0.hasSuffix(".txtar") }.map { String($0.dropLast(6)) }.sorted()
  }()

  @Test func thereAreStageFixtures() { #expect(Self.names.count >= 3) }

  @Test(arguments: names)
  func mainMatchesGolden(_ name: String) throws {
    let url = Self.folder.appendingPathComponent("\(name).txtar")
    var fixture = try StageFixture(contentsOf: url)
    let base = fixture.base.map { InMemorySite.files(ofFixture: $0) } ?? []
    let overridden = Set(fixture.inputs.map(\.0))
    let sources = InMemorySite.sources(base.filter { !overridden.contains($0.0) } + fixture.inputs)
    let (result, rendered) = BuildPipeline.check(sources)
    let pages = Dictionary(
      uniqueKeysWithValues: rendered.files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    #expect(!fixture.expectedMains.isEmpty, "a stage fixture must check at least one page")
    var actual: [(String, String)] = []
    for (path, expected) in fixture.expectedMains {
      let main = pages[path].flatMap(InMemorySite.main(of:)) ?? "(no such page)\n"
      actual.append((path, main))
      if !StageFixture.recording { #expect(main == expected, "\(name): the <main> of \(path) differs") }
    }
    let diagnostics = result.diagnostics.map(\.description).joined(separator: "\n")
    if !StageFixture.recording { #expect(diagnostics == fixture.expectedDiagnostics, "\(name): diagnostics") }
    if StageFixture.recording {
      fixture.expectedMains = actual
      fixture.expectedDiagnostics = diagnostics
      try fixture.write(to: url)
    }
  }

  // MARK: One stage at a time

  static let guide: [(String, String)] = [
    ("demarc.yaml", "title: Stages\n"),
    (
      "Content/index.md",
      "---\ntitle: Home\norder: 1\nextra:\n  team: docs\n---\n\n# Home\n\nSee [setup](guide/README.md#set-up).\n"
    ),
    ("Content/guide/README.md", "# The guide\n\n## Set up\n\n## Set up\n"),
    ("Content/guide/deep/page.md", "# Deep\n\n[Up](../README.md) and [home](../../index.md#home).\n"),
  ]

  @Test func theLoaderReadsFrontMatterIntoValues() throws {
    let loaded = SiteLoader.load(InMemorySite.sources(Self.guide))
    #expect(loaded.diagnostics == [])
    let home = try #require(loaded.pages.first { $0.path == "Content/index.md" })
    #expect(home.title == "Home")
    #expect(home.frontMatter.order == 1)
    #expect(home.frontMatter.extra == ["team": "docs"])
    #expect(loaded.config.title == "Stages")
  }

  @Test func theResolverRoutesPagesAssignsIDsAndRewritesLinks() throws {
    let resolved = LinkResolver.resolve(SiteLoader.load(InMemorySite.sources(Self.guide)))
    #expect(resolved.diagnostics == [])
    let guide = try #require(resolved.page(at: "guide/index.html"))
    #expect(guide.sourcePath == "Content/guide/README.md")
    #expect(Set(guide.rewrites.headingIDs.values) == ["the-guide", "set-up", "set-up-1"])
    let home = try #require(resolved.page(at: OutputPath.home))
    #expect(home.rewrites.destinations == [0: "guide/index.html#set-up"])
    let deep = try #require(resolved.page(at: "guide/deep/page.html"))
    #expect(deep.rewrites.destinations == [0: "../index.html", 1: "../../index.html#home"])
    // The folder with no page of its own gets a generated one, and the site a 404 page.
    #expect(resolved.page(at: "guide/deep/index.html")?.origin == .section)
    #expect(resolved.page(at: OutputPath.notFound)?.origin == .reference)
  }

  @Test func theResolverReportsABrokenAnchorAtItsPosition() throws {
    var files = Self.guide
    files.append(("Content/bad.md", "# Bad\n\nA [link](guide/README.md#setup).\n"))
    let resolved = LinkResolver.resolve(SiteLoader.load(InMemorySite.sources(files)))
    #expect(resolved.diagnostics.map(\.code) == [.brokenAnchor])
    let location = try #require(resolved.diagnostics.first?.location)
    #expect((location.file, location.line, location.column) == ("Content/bad.md", 3, 3))
  }
}

/// A stage fixture: `# base: NAME` (a fixture site under `Fixtures/`, or none), input files as
/// `-- path --` sections, then `-- main: PATH --` sections with the expected inside of a page's
/// `<main>`, and `-- expected-diagnostics --`.
struct StageFixture {
  static let recording = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] != nil

  var header: [Substring] = []
  var base: String?
  var inputs: [(String, String)] = []
  var expectedMains: [(String, String)] = []
  var expectedDiagnostics = ""

  init(contentsOf url: URL) throws {
    let text = try String(contentsOf: url, encoding: .utf8)
    var current: String?
    var buffer: [Substring] = []
    func flush(_ fixture: inout StageFixture) {
      guard let name = current else { return }
      let body = buffer.joined(separator: "\n") + (buffer.isEmpty ? "" : "\n")
      if name == "expected-diagnostics" {
        fixture.expectedDiagnostics = String(body.dropLast(body.hasSuffix("\n") ? 1 : 0))
      } else if name.hasPrefix("main: ") {
        fixture.expectedMains.append((String(name.dropFirst("main: ".count)), body))
      } else {
        fixture.inputs.append((name, body))
      }
    }
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    if lines.last == "" { lines.removeLast() }
    for line in lines {
      if line.hasPrefix("-- ") && line.hasSuffix(" --") && line.count > 6 {
        flush(&self)
        current = String(line.dropFirst(3).dropLast(3))
        buffer = []
      } else if current == nil {
        header.append(line)
        if line.hasPrefix("# base: ") { base = String(line.dropFirst("# base: ".count)) }
      } else {
        buffer.append(line)
      }
    }
    flush(&self)
  }

  func write(to url: URL) throws {
    var text = header.joined(separator: "\n") + "\n"
    for (path, body) in inputs { text += "-- \(path) --\n" + body }
    for (path, body) in expectedMains { text += "-- main: \(path) --\n" + body }
    text += "-- expected-diagnostics --\n" + expectedDiagnostics + (expectedDiagnostics.isEmpty ? "" : "\n")
    try Data(text.utf8).write(to: url)
  }
}
