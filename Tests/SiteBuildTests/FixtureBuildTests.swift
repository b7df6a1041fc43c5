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

  @Test func everyLinkCellAndFootnoteTargetExists() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let (_, rendered) = try BuildPipeline.check(siteRoot: site.root)
    let audit = LinkAudit.broken(in: LinkAudit.pages(of: rendered))
    #expect(audit.broken == [])
    #expect(audit.followed > 500)
  }
}
