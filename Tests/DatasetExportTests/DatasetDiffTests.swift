import Dataset
import DatasetExport
import Foundation
import Testing

/// `demarc diff` on a pair of fixture exports, against golden text and JSON reports (rewritten
/// with `RECORD_GOLDENS=1`).
@Suite struct DatasetDiffTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/diff")

  private func load(_ name: String) throws -> Dataset {
    let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
    let (dataset, diagnostics) = DatasetLoader.load(document: DataFile(path: name, text: text))
    #expect(diagnostics == [])
    #expect(!dataset.isEmpty)
    return dataset
  }

  @Test(arguments: ["text", "json"])
  func theReportMatchesItsGolden(_ format: String) throws {
    let diff = DatasetDiff(old: try load("old.json"), new: try load("new.json"))
    let report = format == "json" ? diff.json.pretty : diff.text
    let golden = Self.folder.appendingPathComponent("expected.\(format == "json" ? "json" : "txt")")
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] != nil {
      try report.write(to: golden, atomically: true, encoding: .utf8)
    }
    #expect(report == (try String(contentsOf: golden, encoding: .utf8)))
    #expect(!diff.isEmpty)
  }

  @Test func aDatasetAgainstItselfHasNoChanges() throws {
    let dataset = try load("old.json")
    let diff = DatasetDiff(old: dataset, new: dataset)
    #expect(diff.isEmpty)
    #expect(diff.text.hasPrefix("No changes"))
  }

  @Test func everyKindOfChangeIsInTheFixture() throws {
    let diff = DatasetDiff(old: try load("old.json"), new: try load("new.json"))
    #expect(Set(diff.changes.map(\.field.rawValue)) == ["owner", "confidence", "citations", "class", "cell"])
    #expect(!diff.addedEntities.isEmpty && !diff.removedEntities.isEmpty)
  }
}
