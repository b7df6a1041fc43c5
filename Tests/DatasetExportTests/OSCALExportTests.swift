import Dataset
import DatasetExport
import Testing

/// The OSCAL documents: stable version 5 UUIDs, NIST ids where the controls have them, and the
/// ownership of every cell as responsible roles. (compliance-trestle validates the files in
/// `scripts/export-check`.)
@Suite struct OSCALExportTests {
  @Test(arguments: [
    ("https://example.com", "4fd35a71-71ef-5a55-a9d9-aa75c889a6d0"),
    ("", "1b4db7eb-4057-5ddf-91e0-36dec72071f5"),
    (String(repeating: "x", count: 200), "cd3580b9-d244-586a-8077-74317319b48d"),
  ])
  func uuidsMatchPythonsUUID5(_ name: String, _ expected: String) {
    #expect(NameBasedUUID.uuid(name) == expected)
  }

  private var export: OSCALExport {
    OSCALExport(dataset: ShippedDataset.dataset, title: "Test", version: "1")
  }

  @Test func everyUUIDIsUniqueAndStable() {
    let text = export.componentDefinition.pretty
    #expect(text == export.componentDefinition.pretty)
    let uuids = text.components(separatedBy: "\"uuid\": \"").dropFirst().map { String($0.prefix(36)) }
    #expect(uuids.count > 100)
    #expect(Set(uuids).count == uuids.count)
    #expect(uuids.allSatisfy { Array($0)[14] == "5" })
  }

  @Test func oneComponentPerServiceKeyedByNISTWhereMapped() {
    let text = export.componentDefinition.pretty
    #expect(
      text.components(separatedBy: "\"type\": \"service\"").count - 1 == ShippedDataset.dataset.services.count
    )
    #expect(text.contains("\"control-id\": \"si-2\""))
    #expect(text.contains("\"control-id\": \"layer.network\""))
    #expect(text.contains("\"statement-id\": \"si-2_smt.patch-management.provided\""))
    #expect(text.contains("\"source\": \"\(OSCALExport.nistCatalog)\""))
  }

  @Test func everyPropCarriesDemarcsNamespace() {
    let text = export.componentDefinition.pretty + export.catalog.pretty
    let props = text.components(separatedBy: "\"name\": ").count
    #expect(props > 50)
    let lines = text.split(separator: "\n")
    for (index, line) in lines.enumerated()
    where line.contains("\"name\": ") && lines[index + 1].contains("\"value\"") {
      Issue.record("a prop without ns: \(line)")
    }
  }

  @Test func ownershipBecomesResponsibleRoles() throws {
    let dataset = ShippedDataset.dataset
    let ec2 = try #require(dataset.service("ec2"))
    let duty = try #require(dataset.customerDuties(of: ec2).first { $0.target == .layer("operating-system") })
    #expect(duty.owner == .customer)
    let text = export.componentDefinition.pretty
    let requirement = try #require(
      text.components(separatedBy: "\"control-id\": \"layer.operating-system\"").dropFirst().first)
    let roles = requirement.components(separatedBy: "\"statements\"")[0]
    #expect(roles.contains("\"role-id\": \"customer\""))
  }
}
