import Diagnostics
import Foundation
import SiteBuild
import Testing

/// The repository's own handbook and README, held to the same standard as users' sites.
@Suite struct ShippedSiteTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The shipped handbook checked once per test run, for every test that only reads the result.
  static let checked = Result { () throws(BuildFailure) in try BuildPipeline.check(siteRoot: repository) }

  @Test func theHandbookPassesStrictCheck() throws {
    let (result, rendered) = try Self.checked.get()
    #expect(result.diagnostics.map(\.description) == [])
    #expect(rendered.files.contains { $0.path == "index.html" })
  }

  @Test func theReadmeDocumentsEveryDiagnosticCode() throws {
    let readme = try String(contentsOf: Self.repository.appendingPathComponent("README.md"), encoding: .utf8)
    for code in DiagnosticCode.allCases {
      #expect(readme.contains("| `\(code.rawValue)` | \(code.summary) |"), "README lacks \(code.rawValue)")
    }
  }
}
