import Foundation
import Testing

/// End-to-end: the built binary, its exit codes, and what it prints.
@Suite struct CLITests {
  @Test func helpReadsWellAndExitsZero() throws {
    let outcome = try DemarcProcess.run(["--help"])
    #expect(outcome.status == 0)
    for expected in [
      "USAGE: demarc <subcommand>", "build", "check", "Exit codes: 0 success; 1 content errors",
    ] {
      #expect(outcome.stdout.contains(expected), "help lacks \(expected)")
    }
    let build = try DemarcProcess.run(["build", "--help"])
    for option in [
      "--output <dir>", "--strict", "--format <format>", "--base-url <url>", "--force", "--jobs <n>",
    ] {
      #expect(build.stdout.contains(option), "build --help lacks \(option)")
    }
  }

  @Test func usageErrorsExit64() throws {
    #expect(try DemarcProcess.run(["build", "--no-such-flag"]).status == 64)
    let missing = try DemarcProcess.run(["check", "--site", "/nonexistent/site"])
    #expect(missing.status == 64)
    #expect(missing.stderr.contains("is not a folder"))
  }

  @Test func checkPassesOnAGoodSiteAndWritesNothing() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let outcome = try DemarcProcess.run(["check", "--site", site.root.path])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(outcome.stdout.contains("Checked 29 pages: no errors"))
    #expect(!FileManager.default.fileExists(atPath: site.url("Output").path))
  }

  @Test func everyProblemIsPrintedInOneRunAndOutputIsUntouched() throws {
    let overlay = try Overlay(
      contentsOf: DiagnosticsGoldenTests.folder.appendingPathComponent("everything-at-once.txtar"))
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let first = try DemarcProcess.run(["build"], in: site.root)
    #expect(first.status == 0, "\(first.stderr)")
    let before = Golden.files(in: site.url("Output"))
    #expect(before["index.html"] != nil)

    try site.apply(overlay)
    let outcome = try DemarcProcess.run(["build"], in: site.root)
    #expect(outcome.status == 1)
    let lines = outcome.stderr.split(separator: "\n").map(String.init)
    #expect(lines.dropLast().joined(separator: "\n") + "\n" == overlay.expected)
    #expect(lines.last?.hasPrefix("8 errors, 0 warnings: build failed;") == true)
    #expect(
      Golden.files(in: site.url("Output")) == before, "a failed build must leave Output/ byte-identical")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter {
      $0.hasPrefix(".demarc-")
    }
    #expect(leftovers.isEmpty)
  }

  @Test func strictTurnsWarningsIntoFailure() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    try site.write("Content/extra.md", "No front matter and no heading.\n")
    #expect(try DemarcProcess.run(["check", "--site", site.root.path]).status == 0)
    let strict = try DemarcProcess.run(["check", "--strict", "--site", site.root.path])
    #expect(strict.status == 1)
    #expect(strict.stderr.contains("[missing-title]"))
  }

  @Test func environmentFailuresExit74() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let foreign = site.sandbox.appendingPathComponent("precious")
    try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
    try Data("keep me".utf8).write(to: foreign.appendingPathComponent("notes.txt"))
    let refused = try DemarcProcess.run(["build", "--site", site.root.path, "--output", foreign.path])
    #expect(refused.status == 74)
    #expect(refused.stderr.contains("was not created by demarc"))
    #expect(Golden.files(in: foreign) == ["notes.txt": Data("keep me".utf8)])

    let inside = try DemarcProcess.run([
      "build", "--site", site.root.path, "--output", site.url("Content/out").path,
    ])
    #expect(inside.status == 74)
    #expect(inside.stderr.contains("overlaps"))
  }
}
