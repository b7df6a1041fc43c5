import DatasetExport
import Foundation
import SiteBuild
import TestSupport
import Testing

/// Each service page of the handbook lists what the customer responsibility matrix export says
/// the customer must do for it.
@Suite struct ServiceChecklistTests {
  @Test func everyServicePageListsWhatTheMatrixSaysTheCustomerMustDo() throws {
    let (_, rendered) = try ShippedSite.checked.get()
    let crm = try #require(rendered.files.first { $0.path == ExportFormat.crm.outputPath })
    let records = CSVReader.parse(String(decoding: crm.bytes, as: UTF8.self))
    let header = try #require(records.first)
    let rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    var checked = 0
    for page in rendered.files where page.path.hasPrefix("services/") && page.path != "services/index.html" {
      let html = String(decoding: page.bytes, as: UTF8.self)
      let service = String(page.path.dropFirst("services/".count).dropLast(".html".count))
      let items =
        html.components(separatedBy: "<ul class=\"checklist\">").dropFirst().first?
        .components(separatedBy: "</ul>")[0].components(separatedBy: "<li class=\"owner-").count ?? 1
      #expect(items - 1 > 5, "\(page.path) has a checklist")
      // Every control the matrix marks Partial or No for this service is on the page's list.
      let owed = rows.filter {
        $0["Service"] == service && ["Partial", "No"].contains($0["Can Be Inherited from CSP"])
      }
      #expect(!owed.isEmpty)
      for row in owed {
        let control = row["Control"] ?? ""
        #expect(html.contains("href=\"#control-\(control)\""), "\(page.path) lists \(control)")
      }
      checked += 1
    }
    #expect(checked >= 9)
  }
}
