import DatasetExport
import Foundation
import SiteBuild
import TestSupport
import Testing

/// The exports in a build: written into `data/` from the dataset the pages show, and read back
/// in place of the YAML files to the same site.
@Suite struct DatasetExportBuildTests {
  @Test func aSiteBuiltFromItsJSONExportIsTheSameSite() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let (first, rendered) = try BuildPipeline.check(siteRoot: site.root)
    #expect(first.errorCount == 0)
    let json = try #require(rendered.files.first { $0.path == ExportFormat.json.outputPath })
    let data = site.url("Content/data")
    try FileManager.default.removeItem(at: data)
    try site.write("Content/data/\(DatasetJSON.fileName)", String(decoding: json.bytes, as: UTF8.self))
    let (second, again) = try BuildPipeline.check(siteRoot: site.root)
    #expect(second.errorCount == 0)
    #expect(second.diagnostics.count == first.diagnostics.count)
    #expect(again.files.map(\.path) == rendered.files.map(\.path))
    for (a, b) in zip(rendered.files, again.files) where a.bytes != b.bytes {
      Issue.record("\(a.path) differs when the dataset is read from JSON")
    }
    #expect(rendered.files.count > 40)
  }

  @Test func everyExportIsWrittenAndTheDownloadsPageLinksToIt() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let (_, rendered) = try BuildPipeline.check(siteRoot: site.root)
    let paths = Set(rendered.files.map(\.path))
    let downloads = try #require(rendered.files.first { $0.path == "reference/downloads.html" })
    let html = String(decoding: downloads.bytes, as: UTF8.self)
    for format in ExportFormat.allCases {
      #expect(paths.contains(format.outputPath))
      #expect(html.contains("href=\"../\(format.outputPath)\""))
    }
  }

  @Test func aSiteWithoutADatasetHasNoExportsAndNoDownloadsPage() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    let (result, rendered) = try BuildPipeline.check(siteRoot: site.root)
    #expect(result.pageCount > 0)
    #expect(
      !rendered.files.contains {
        $0.path.hasPrefix(ExportFormat.folder + "/") || $0.path == "reference/downloads.html"
      })
  }

  @Test func everyServicePageListsWhatTheMatrixSaysTheCustomerMustDo() throws {
    let (_, rendered) = try ShippedSiteTests.checked.get()
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
