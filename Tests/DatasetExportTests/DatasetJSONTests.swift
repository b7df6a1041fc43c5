import Dataset
import DatasetExport
import Diagnostics
import Testing

/// The JSON export is the whole dataset: read back, it is the same dataset (rule I18).
@Suite struct DatasetJSONTests {
  @Test func theShippedDatasetLoadsCleanAndIsLarge() {
    #expect(ShippedDataset.loaded.diagnostics.filter { $0.severity == .error } == [])
    #expect(ShippedDataset.dataset.services.count >= 9)
    #expect(ShippedDataset.dataset.controls.count >= 16)
  }

  @Test func exportThenImportGivesTheSameDataset() throws {
    let exported = DatasetJSON(dataset: ShippedDataset.dataset, generator: "test").text
    let (imported, diagnostics) = DatasetLoader.load(document: DataFile(path: "export.json", text: exported))
    #expect(diagnostics == [])
    #expect(DatasetValidator.validate(imported).filter { $0.severity == .error } == [])
    #expect(DatasetJSON(dataset: imported, generator: "test").text == exported)
    // Not just the same text: the same values, location aside, down to every effective cell.
    let original = ShippedDataset.dataset
    #expect(imported.services.map(\.id.value) == original.services.map(\.id.value))
    for service in original.services {
      let copy = try #require(imported.service(service.id.value))
      for target in original.targets {
        let a = original.effectiveCell(service: service, target: target)
        let b = imported.effectiveCell(service: copy, target: target)
        #expect(a?.cell.owner.value == b?.cell.owner.value)
        #expect(a?.cell.customerNote?.value == b?.cell.customerNote?.value)
        #expect(a?.cell.citations.map(\.text) == b?.cell.citations.map(\.text))
        #expect(a?.origin == b?.origin)
      }
    }
  }

  @Test func theDocumentCarriesItsProvenance() {
    let text = DatasetJSON(dataset: ShippedDataset.dataset, generator: "demarc-output-9").text
    #expect(text.contains("\"generator\": \"demarc-output-9\""))
    #expect(text.contains("\"format\": \"demarc-dataset\""))
    #expect(text.contains("\"$schema\": \"\(DatasetSchema.fileName)\""))
  }

  @Test func aBrokenImportIsReportedAtItsLineAndColumn() {
    let text = """
      {
        "provenance": {"format": "demarc-dataset", "generator": "x", "schema_version": 1},
        "model": {"schema_version": 1, "colour": "red"}
      }
      """
    let (_, diagnostics) = DatasetLoader.load(document: DataFile(path: "bad.json", text: text))
    #expect(
      diagnostics.map(\.description).contains { $0.hasPrefix("bad.json:3:") && $0.contains("[unknown-key]") })
  }

  @Test func theSchemaNamesEveryValueTheReaderAccepts() {
    let schema = DatasetSchema.text
    for value in Owner.allCases.map(\.rawValue) + Confidence.allCases.map(\.rawValue)
      + SourceKind.allCases.map(\.rawValue)
    {
      #expect(schema.contains("\"\(value)\""))
    }
    #expect(schema.contains("\"additionalProperties\": false"))
  }
}
