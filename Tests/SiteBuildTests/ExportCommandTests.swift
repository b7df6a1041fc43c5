import Foundation
import Testing

/// End-to-end: `demarc export` and `demarc diff` as a CI step runs them.
@Suite struct ExportCommandTests {
  @Test func exportWritesAFileOrStandardOutputAndRefusesAFIFO() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let file = site.sandbox.appendingPathComponent("matrix.csv").path
    let written = try DemarcProcess.run(["export", "--site", site.root.path, "--format", "crm", "-o", file])
    #expect(written.status == 0, "\(written.stderr)")
    let printed = try DemarcProcess.run(["export", "--site", site.root.path, "--format", "crm"])
    #expect(printed.stdout.hasPrefix("Control ID,"))
    #expect(try String(contentsOfFile: file, encoding: .utf8) == printed.stdout)
    let fifo = site.sandbox.appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let refused = try DemarcProcess.run(["export", "--site", site.root.path, "--format", "json", "-o", fifo])
    #expect(refused.status == 74)
    #expect(refused.stderr.contains("is not a regular file"))
  }

  @Test func aFolderWithOnlyADatasetExportsAndAMissingOneIsAUsageError() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    for page in try FileManager.default.subpathsOfDirectory(atPath: site.url("Content").path)
    where page.hasSuffix(".md") {
      try FileManager.default.removeItem(at: site.url("Content/" + page))
    }
    let exported = try DemarcProcess.run(["export", "--site", site.root.path, "--format", "csv"])
    #expect(exported.status == 0, "\(exported.stderr)")
    #expect(exported.stdout.hasPrefix("subject_kind,"))
    let missing = try DemarcProcess.run(["export", "--site", "/nonexistent/site", "--format", "csv"])
    #expect(missing.status == 64)
    #expect(missing.stderr.contains("is not a folder"))
  }

  @Test func aDatasetWithErrorsIsNotExported() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    try site.write("Content/data/services/vm.yaml", "id: vm\nname: VM\nprovider: acme\nclass: nowhere\n")
    let outcome = try DemarcProcess.run(["export", "--site", site.root.path, "--format", "json"])
    #expect(outcome.status == 1)
    #expect(outcome.stdout.isEmpty)
    #expect(outcome.stderr.contains("services/vm.yaml:4:"))
    #expect(outcome.stderr.contains("nothing exported"))
  }

  @Test func diffExitsOneWithExitCodeWhenSomethingMoved() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("DatasetExportTests/Fixtures/diff")
    let old = folder.appendingPathComponent("old.json").path
    let new = folder.appendingPathComponent("new.json").path
    let moved = try DemarcProcess.run(["diff", old, new, "--exit-code"])
    #expect(moved.status == 1)
    #expect(moved.stdout.contains("service/bucket: class saas → iaas"))
    let same = try DemarcProcess.run(["diff", old, old, "--exit-code"])
    #expect(same.status == 0)
    let json = try DemarcProcess.run(["diff", old, new, "--format", "json"])
    #expect(json.status == 0)
    #expect(json.stdout.contains("\"field\": \"owner\""))
    let missing = try DemarcProcess.run(["diff", old, "/nonexistent.json"])
    #expect(missing.status == 74)
  }
}
