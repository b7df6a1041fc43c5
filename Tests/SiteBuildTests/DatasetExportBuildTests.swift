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
}
