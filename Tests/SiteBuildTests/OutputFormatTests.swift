import Diagnostics
import Foundation
import Testing

/// `--format` for people and for machines, colour rules, and exit codes, through the real binary.
@Suite struct OutputFormatTests {
  static func brokenSite() throws -> FixtureSite {
    let site = try FixtureSite(named: "dataset")
    try site.write(
      "Content/broken.md", "---\ntitle: Broken\n---\n\nA [link](nowhere.md), 100% \"odd\", a: b\n")
    return site
  }

  @Test func jsonIsOneParseableDocumentOnStandardOutput() throws {
    let site = try Self.brokenSite()
    defer { site.remove() }
    let outcome = try DemarcProcess.run(["check", "--format", "json", "--site", site.root.path])
    #expect(outcome.status == 1)
    let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
    let diagnostics = object?["diagnostics"] as? [[String: Any]]
    #expect(diagnostics?.count == 1)
    #expect(diagnostics?.first?["code"] as? String == "broken-link")
    #expect(diagnostics?.first?["file"] as? String == "Content/broken.md")
    #expect(diagnostics?.first?["line"] as? Int == 5)
    #expect(object?["errors"] as? Int == 1)
    #expect(outcome.stderr.contains("1 error, 0 warnings: check failed"))
  }

  @Test func sarifNamesEachRuleAndLocation() throws {
    let site = try Self.brokenSite()
    defer { site.remove() }
    let outcome = try DemarcProcess.run(["check", "--format", "sarif", "--site", site.root.path])
    let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
    #expect(object?["version"] as? String == "2.1.0")
    let run = (object?["runs"] as? [[String: Any]])?.first
    let results = run?["results"] as? [[String: Any]]
    #expect(results?.first?["ruleId"] as? String == "broken-link")
    #expect(results?.first?["level"] as? String == "error")
    let rules = ((run?["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
    #expect(rules?.map { $0["id"] as? String } == ["broken-link"])
  }

  @Test func githubAnnotationsAreWorkflowCommands() throws {
    let site = try Self.brokenSite()
    defer { site.remove() }
    let outcome = try DemarcProcess.run(["check", "--format", "github", "--site", site.root.path])
    #expect(
      outcome.stdout
        == "::error file=Content/broken.md,line=5,col=3,title=broken-link::no page Content/nowhere.md [broken-link]\n"
    )
  }

  @Test func githubEscapesPercentNewlinesAndPropertySeparators() {
    let diagnostic = Diagnostic.warning(
      .unknownKey, "100% sure\r\nsecond line", at: SourceLocation(file: "a,b:c.md", line: 2, column: 3))
    let line = DiagnosticFormatter(format: .github).report([diagnostic])
    #expect(
      line
        == "::warning file=a%2Cb%3Ac.md,line=2,col=3,title=unknown-key::100%25 sure%0D%0Asecond line [unknown-key]\n"
    )
  }

  @Test func colourOnlyWhenAskedAndNeverWithNoColor() throws {
    let diagnostic = Diagnostic.error(.brokenLink, "x", at: SourceLocation(file: "a.md"))
    #expect(
      DiagnosticFormatter(format: .text, colour: true).report([diagnostic]).contains("\u{1B}[1;31merror:"))
    #expect(!DiagnosticFormatter(format: .text).report([diagnostic]).contains("\u{1B}"))
    let site = try Self.brokenSite()
    defer { site.remove() }
    // Not a terminal here, and NO_COLOR set: plain text either way.
    let outcome = try DemarcProcess.run(["check", "--site", site.root.path], environment: ["NO_COLOR": "1"])
    #expect(!outcome.stderr.contains("\u{1B}"))
    #expect(
      outcome.stderr.hasPrefix("Content/broken.md:5:3: error: no page Content/nowhere.md [broken-link]\n"))
  }

  @Test func quietPrintsOnlyDiagnosticsAndVerboseAddsTheDatasetSummaryAndAllocator() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let quiet = try DemarcProcess.run(["check", "--quiet", "--site", site.root.path])
    #expect(quiet.status == 0 && quiet.stdout.isEmpty && quiet.stderr.isEmpty)
    let verbose = try DemarcProcess.run(["check", "--verbose", "--site", site.root.path])
    #expect(
      verbose.stdout.contains(
        "Dataset: 3 layers, 3 classes, 2 services, 2 controls, 1 tools, 2 sources, 1 disputes"))
    #if os(Linux)
      // The binary links jemalloc (Package.swift) and finds it at start (AllocatorTuning).
      #expect(verbose.stdout.contains("Allocator: jemalloc (freed pages returned after 1000 ms)\n"))
    #endif
  }

  @Test func jobsOutsideItsRangeIsAUsageError() throws {
    #expect(try DemarcProcess.run(["check", "--jobs", "0"]).status == 64)
  }
}
