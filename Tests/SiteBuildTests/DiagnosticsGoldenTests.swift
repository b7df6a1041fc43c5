import Foundation
import SiteBuild
import Testing

/// Builds each bad site in `Fixtures/diagnostics/` and compares every diagnostic, in the printed
/// `path:line:col: severity: message [code]` form, with the fixture's golden.
@Suite struct DiagnosticsGoldenTests {
  static let folder = FixtureSite.fixtures.appendingPathComponent("diagnostics")

  static let names: [String] = {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return files.filter { $0.hasSuffix(".txtar") }.map { String($0.dropLast(6)) }.sorted()
  }()

  @Test func thereAreDiagnosticsFixtures() {
    #expect(Self.names.count >= 10)
  }

  @Test(arguments: names)
  func diagnosticsMatchGolden(_ name: String) throws {
    let overlay = try Overlay(contentsOf: Self.folder.appendingPathComponent("\(name).txtar"))
    let site = try FixtureSite(named: overlay.base)
    defer { site.remove() }
    try site.apply(overlay)
    let output = site.sandbox.appendingPathComponent("out")
    let result = try BuildPipeline.build(siteRoot: site.root, output: output, strict: false)
    let actual = result.diagnostics.map(\.description).joined(separator: "\n") + "\n"
    #expect(!overlay.expected.isEmpty)
    try Golden.assertText(actual, matches: overlay.expected, record: overlay.record)
    #expect(result.errorCount > 0 || result.warningCount > 0)
    #expect(
      FileManager.default.fileExists(atPath: output.path) == (result.errorCount == 0),
      "a build with errors must not write its output")
  }
}
