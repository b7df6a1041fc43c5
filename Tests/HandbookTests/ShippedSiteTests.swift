import Diagnostics
import Foundation
import SiteBuild
import TestSupport
import Testing

/// The repository's own handbook and README, held to the same standard as users' sites.
@Suite struct ShippedSiteTests {
  static let repository = ShippedSite.repository
  static let checked = ShippedSite.checked

  @Test func theHandbookPassesStrictCheck() throws {
    let (result, rendered) = try Self.checked.get()
    #expect(result.diagnostics.map(\.description) == [])
    #expect(rendered.files.contains { $0.path == "index.html" })
  }

  /// With `RECORD_GOLDENS=1` the README's table of codes is rewritten from ``DiagnosticCode``
  /// first (the test then fails once, so a recording never passes silently).
  @Test func theReadmeDocumentsEveryDiagnosticCode() throws {
    let url = Self.repository.appendingPathComponent("README.md")
    var readme = try String(contentsOf: url, encoding: .utf8)
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] != nil {
      let heading = "## Diagnostic codes\n"
      let start = try #require(
        readme.range(
          of: "| code | meaning |\n", range: readme.range(of: heading)!.upperBound..<readme.endIndex))
      let end = try #require(readme.range(of: "\n\n", range: start.upperBound..<readme.endIndex))
      let table =
        "| code | meaning |\n| --- | --- |\n"
        + DiagnosticCode.allCases.map { "| `\($0.rawValue)` | \($0.summary) |" }.joined(separator: "\n")
      let recorded = readme.replacingCharacters(in: start.lowerBound..<end.lowerBound, with: table)
      if recorded != readme {
        try recorded.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("README.md's table of codes was rewritten; review it and run the tests again")
        readme = recorded
      }
    }
    for code in DiagnosticCode.allCases {
      #expect(readme.contains("| `\(code.rawValue)` | \(code.summary) |"), "README lacks \(code.rawValue)")
    }
  }
}
