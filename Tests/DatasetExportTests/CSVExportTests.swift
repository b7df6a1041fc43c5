import Dataset
import DatasetExport
import TestSupport
import Testing

/// The CSV files: RFC 4180, neutralised against formulas, and the same cells as the dataset.
@Suite struct CSVExportTests {
  @Test(arguments: [
    ("plain", "plain"), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
    ("two\nlines", "\"two\nlines\""),
    ("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""), ("+1+1", "'+1+1"), ("-2", "'-2"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("a=b", "a=b"), ("", ""),
  ])
  func fieldsAreQuotedAndNeutralised(_ value: String, _ expected: String) {
    #expect(CSVTable(header: [value], rows: []).text == expected + "\r\n")
  }

  @Test func theResponsibilityTableParsesBackToTheDatasetCellByCell() throws {
    let dataset = ShippedDataset.dataset
    let records = CSVReader.parse(ResponsibilityCSV(dataset: dataset).text)
    #expect(records.first == ResponsibilityCSV.header)
    let rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(ResponsibilityCSV.header, $0)) }
    let expected =
      dataset.classes.count * dataset.targets.count + dataset.services.count * dataset.targets.count
    #expect(rows.count == expected)
    for row in rows {
      let target: CellTarget =
        row["target_kind"] == "layer" ? .layer(row["target_id"]!) : .control(row["target_id"]!)
      let cell: Cell? =
        row["subject_kind"] == "class"
        ? dataset.cell(class: row["subject_id"]!, target: target)
        : dataset.service(row["subject_id"]!).flatMap {
          dataset.effectiveCell(service: $0, target: target)?.cell
        }
      let found = try #require(cell)
      #expect(row["owner"] == found.owner.value.rawValue)
      #expect(row["customer_note"] == found.customerNote?.value ?? "")
      #expect(row["provider_note"] == found.providerNote?.value ?? "")
      #expect(row["confidence"] == found.confidence.rawValue)
      #expect(row["sources"] == found.citations.map(\.text).joined(separator: "; "))
    }
  }

  @Test func theMatrixRowsAreTheServicePagesChecklists() throws {
    let dataset = ShippedDataset.dataset
    let records = CSVReader.parse(ResponsibilityMatrixCSV(dataset: dataset).text)
    let header = ResponsibilityMatrixCSV.header
    let rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    #expect(rows.count == dataset.controls.count * dataset.services.count)
    for row in rows {
      let service = try #require(dataset.service(row["Service"]!))
      let duty = try #require(
        dataset.customerDuties(of: service).first { $0.target == .control(row["Control"]!) })
      #expect(row["Can Be Inherited from CSP"] == duty.inheritance.rawValue)
      #expect(row["Customer Responsibility"] == duty.duty ?? "")
      #expect(row["Inherited from Provider"] == duty.inherited ?? "")
      switch duty.owner {
      case .provider: #expect(row["Can Be Inherited from CSP"] == "Yes" && duty.duty == nil)
      case .customer: #expect(row["Can Be Inherited from CSP"] == "No" && duty.inherited == nil)
      case .shared: #expect(row["Can Be Inherited from CSP"] == "Partial")
      case .notApplicable: #expect(row["Can Be Inherited from CSP"] == "N/A")
      }
    }
    let patching = try #require(rows.first { $0["Control"] == "patch-management" })
    #expect(patching["Control ID"] == "SI-2")
  }

  @Test func twoExportsAreByteIdentical() {
    let dataset = ShippedDataset.dataset
    #expect(ResponsibilityCSV(dataset: dataset).text == ResponsibilityCSV(dataset: dataset).text)
    #expect(!ResponsibilityCSV(dataset: dataset).text.isEmpty)
  }
}
