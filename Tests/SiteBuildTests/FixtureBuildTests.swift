import Foundation
import SiteBuild
import Testing

/// Builds the golden fixture sites and compares the whole output folder with `expected/`.
@Suite struct FixtureBuildTests {
  @Test(arguments: ["basic", "dataset"])
  func buildMatchesGoldens(_ name: String) throws {
    let site = try FixtureSite(named: name)
    defer { site.remove() }
    let output = site.sandbox.appendingPathComponent("out")
    let result = try BuildPipeline.build(siteRoot: site.root, output: output, strict: false)
    #expect(result.errorCount == 0, "\(result.diagnostics)")
    try Golden.assertSameTree(
      actual: output, expected: FixtureSite.fixtures.appendingPathComponent("\(name)/expected"))
  }

  @Test func twoBuildsAreByteIdentical() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let first = site.sandbox.appendingPathComponent("first")
    let second = site.sandbox.appendingPathComponent("second")
    _ = try BuildPipeline.build(siteRoot: site.root, output: first, strict: false)
    _ = try BuildPipeline.build(siteRoot: site.root, output: second, strict: false)
    let firstFiles = Golden.files(in: first)
    #expect(!firstFiles.isEmpty)
    #expect(firstFiles == Golden.files(in: second))
  }

  @Test func everyFactRowAndTypedLinkTargetExists() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let (_, rendered) = try BuildPipeline.check(siteRoot: site.root)
    let pages = Dictionary(
      uniqueKeysWithValues: rendered.files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    var checked = 0
    for (path, html) in pages where path.hasSuffix(".html") {
      for href in Self.hrefs(in: html) where !href.contains(":") && !href.isEmpty {
        let parts = href.split(separator: "#", maxSplits: 1).map(String.init)
        let target = parts[0].isEmpty ? path : SitePath.resolve(parts[0], from: SitePath.directory(of: path))
        let targetHTML = target.flatMap { pages[$0] }
        #expect(targetHTML != nil, "\(path) links to missing \(href)")
        if parts.count == 2, let targetHTML {
          #expect(targetHTML.contains("id=\"\(parts[1])\""), "\(path) links to missing anchor \(href)")
        }
        checked += 1
      }
    }
    #expect(checked > 50)
  }

  static func hrefs(in html: String) -> [String] {
    html.components(separatedBy: "href=\"").dropFirst().compactMap {
      $0.split(separator: "\"", maxSplits: 1).first.map(String.init)
    }
  }
}
