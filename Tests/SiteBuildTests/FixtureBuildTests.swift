import Foundation
import TestSupport
import Testing

@testable import SiteBuild

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

  /// A rebuild with nothing changed keeps the previous output when the input digest matches, and
  /// the digest knows which demarc wrote the output only through `InputDigest.formatVersion`. The
  /// goldens are pinned to that version here, so a change that alters the output without bumping
  /// it fails instead of leaving stale sites in place after an upgrade.
  @Test func goldenOutputIsPinnedToTheOutputFormatVersion() throws {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for name in ["basic", "dataset"] {
      let files = Golden.files(in: FixtureSite.fixtures.appendingPathComponent("\(name)/expected"))
      for (path, bytes) in files.sorted(by: { $0.key < $1.key }) where path != OutputWriter.markerName {
        for byte in Array((name + "/" + path).utf8) + [0] + Array(bytes) {
          hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
      }
    }
    let pin = try String(
      contentsOf: FixtureSite.fixtures.appendingPathComponent("output-format-pin.txt"), encoding: .utf8)
    let expected = "\(InputDigest.formatVersion) \(String(hash, radix: 16))\n"
    #expect(
      pin == expected,
      "the golden output changed: bump InputDigest.formatVersion, then write '\(expected)' to output-format-pin.txt"
    )
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
