import Diagnostics
import Foundation
import SiteBuild
import TestSupport
import Testing

/// CI-grade guarantees: the same bytes for any thread count, no rewrite of unchanged files, and
/// all-or-nothing output whatever stage fails.
@Suite struct RobustnessTests {
  @Test(arguments: ["dataset", "basic"])
  func outputIsTheSameForEveryThreadCount(_ name: String) throws {
    let site = try FixtureSite(named: name)
    defer { site.remove() }
    var trees: [[String: Data]] = []
    for jobs in [1, 2, 7] {
      let output = site.sandbox.appendingPathComponent("out-\(jobs)")
      let result = try BuildPipeline.build(siteRoot: site.root, output: output, strict: false, jobs: jobs)
      #expect(result.errorCount == 0)
      trees.append(Golden.files(in: output))
    }
    #expect(!trees[0].isEmpty)
    #expect(trees[0] == trees[1] && trees[1] == trees[2])
  }

  @Test func theHandbookIsTheSameForEveryThreadCount() throws {
    let (_, one) = try BuildPipeline.check(siteRoot: ShippedSite.repository, jobs: 1)
    let (_, four) = try BuildPipeline.check(siteRoot: ShippedSite.repository, jobs: 4)
    #expect(one.files.count > 80)
    #expect(one.files == four.files)
  }

  /// demarc writes no timestamps, so the clock and `SOURCE_DATE_EPOCH` cannot change a byte.
  @Test func noTimestampsWhateverSourceDateEpochSays() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    var trees: [[String: Data]] = []
    for epoch in ["0", "1700000000"] {
      let output = site.sandbox.appendingPathComponent("out-\(epoch)")
      let outcome = try DemarcProcess.run(
        ["build", "-q", "--site", site.root.path, "--output", output.path],
        environment: ["SOURCE_DATE_EPOCH": epoch])
      #expect(outcome.status == 0)
      trees.append(Golden.files(in: output))
    }
    #expect(trees[0] == trees[1] && !trees[0].isEmpty)
  }

  @Test func unchangedFilesAreNotRewritten() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let output = site.sandbox.appendingPathComponent("out")
    let first = try BuildPipeline.build(siteRoot: site.root, output: output, strict: false)
    #expect(first.written?.unchangedCount == 0)
    let untouched = output.appendingPathComponent("layers/physical.html")
    let edited = output.appendingPathComponent("layers/users.html")
    let before = try FileManager.default.attributesOfItem(atPath: untouched.path)[.systemFileNumber] as? Int
    let second = try BuildPipeline.build(siteRoot: site.root, output: output, strict: false)
    #expect(second.written?.unchangedCount == second.written?.fileCount)
    let searchBefore = Golden.files(in: output.appendingPathComponent("search"))
    try site.write(
      "Content/layers/users.md", "---\ntitle: Users\nabout: layer/users\n---\n\n# Users\n\nChanged.\n")
    let third = try BuildPipeline.build(siteRoot: site.root, output: output, strict: false)
    // The edited page, the single-page handbook, the marker with the new input fingerprint, and
    // the search files that hold the page's record or its words (and only those).
    let searchAfter = Golden.files(in: output.appendingPathComponent("search"))
    let searchChanged = Set(searchBefore.keys).union(searchAfter.keys).filter {
      searchBefore[$0] != searchAfter[$0]
    }
    #expect(!searchChanged.isEmpty && searchChanged.count < searchAfter.count / 2)
    #expect(third.written.map { $0.fileCount - $0.unchangedCount } == 3 + searchChanged.count)
    let after = try FileManager.default.attributesOfItem(atPath: untouched.path)[.systemFileNumber] as? Int
    #expect(before != nil && before == after, "an unchanged file keeps its inode (it was not rewritten)")
    #expect(try String(contentsOf: edited, encoding: .utf8).contains("Changed."))
  }

  @Test func aRebuildWithNothingChangedWritesNothingAndRepeatsItsWarnings() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    let output = site.sandbox.appendingPathComponent("out")
    let first = try BuildPipeline.build(siteRoot: site.root, output: output, strict: false)
    let marker = output.appendingPathComponent(OutputWriter.markerName)
    let before = try FileManager.default.attributesOfItem(atPath: marker.path)[.modificationDate] as? Date
    let second = try BuildPipeline.build(siteRoot: site.root, output: output, strict: false)
    #expect(second.diagnostics == first.diagnostics && second.warningCount == 2)
    #expect(second.pageCount == first.pageCount)
    #expect(second.written?.unchangedCount == second.written?.fileCount)
    let after = try FileManager.default.attributesOfItem(atPath: marker.path)[.modificationDate] as? Date
    #expect(before == after, "nothing was written")
    // Warnings still fail a strict build, and the output stays as it was.
    let strict = try BuildPipeline.build(siteRoot: site.root, output: output, strict: true)
    #expect(strict.failed(strict: true) && strict.written == nil)
    // A damaged output is rebuilt in full.
    try FileManager.default.removeItem(at: output.appendingPathComponent("guide/intro.html"))
    let repaired = try BuildPipeline.build(siteRoot: site.root, output: output, strict: false)
    #expect(repaired.written.map { $0.unchangedCount < $0.fileCount } == true)
    #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("guide/intro.html").path))
    // --force builds everything even so: a record claiming another page count is not believed.
    let recorded = try String(contentsOf: marker, encoding: .utf8)
    #expect(recorded.contains("\"pageCount\" : 5"))
    try Data(recorded.replacingOccurrences(of: "\"pageCount\" : 5", with: "\"pageCount\" : 99").utf8).write(
      to: marker)
    let trusted = try BuildPipeline.build(siteRoot: site.root, output: output, strict: false)
    #expect(trusted.pageCount == 99, "without --force the record is trusted")
    let forced = try BuildPipeline.build(siteRoot: site.root, output: output, strict: false, force: true)
    #expect(forced.pageCount == 5)
    // A different base URL is a different output.
    let moved = try BuildPipeline.build(
      siteRoot: site.root, output: output, strict: false,
      overrides: BuildOverrides(baseURL: "https://x.example/"))
    #expect(moved.written.map { $0.unchangedCount < $0.fileCount } == true)
  }

  @Test func theBuildRecordRoundTrips() throws {
    let record = BuildRecord(
      inputDigest: "0123456789abcdef", pageCount: 3, searchIndexBytes: 42, fileCount: 9, byteCount: 900,
      diagnostics: [
        .warning(
          .unknownKey, "tab\there, line\nbreak, back\\slash",
          at: SourceLocation(file: "a b.md", line: 2, column: 5)),
        .error(.missingTemplate, "no location", at: nil),
      ])
    let site = RenderedSite(files: [], diagnostics: [], pageCount: 0)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "demarc-record-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    _ = try OutputWriter.write(site, to: folder, record: record)
    #expect(OutputWriter.previousRecord(at: folder) == record)
  }

  /// A build that fails at any stage leaves the previous output byte-identical and no temporary
  /// folders behind.
  @Test(arguments: FailureStage.allCases)
  func aFailedBuildLeavesThePreviousOutputIntact(_ stage: FailureStage) throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let output = site.sandbox.appendingPathComponent("out")
    _ = try BuildPipeline.build(siteRoot: site.root, output: output, strict: false)
    let before = Golden.files(in: output)
    try site.write(
      "Content/layers/users.md", "---\ntitle: Users\nabout: layer/users\n---\n\n# Users, edited\n")
    switch stage {
    case .content:
      try site.write("Content/broken.md", "---\ntitle: Broken\n---\n[x](service:nothing)\n")
      let result = try BuildPipeline.build(siteRoot: site.root, output: output, strict: false)
      #expect(result.errorCount == 1 && result.written == nil)
    case .template:
      try Data("{{#page}}unclosed".utf8).write(
        to: site.sandbox.appendingPathComponent("_theme/templates/page.mustache"))
      let result = try BuildPipeline.build(siteRoot: site.root, output: output, strict: false)
      #expect(result.diagnostics.map(\.code).contains(.templateSyntax) && result.written == nil)
    case .fullDisk:
      // The disk fills after a few pages have streamed into the staging folder during the render.
      let writes = Counter()
      let writer = OutputWriter { bytes, url in
        if writes.increment() > 3 { throw POSIXError(.ENOSPC) }
        try Data(bytes).write(to: url)
      }
      #expect(throws: BuildFailure.self) {
        try BuildPipeline.build(
          siteRoot: site.root, output: output, strict: false, force: true, writer: writer)
      }
    case .unwritableParent:
      let file = site.sandbox.appendingPathComponent("a-file")
      try Data("x".utf8).write(to: file)
      #expect(throws: BuildFailure.self) {
        try BuildPipeline.build(
          siteRoot: site.root, output: file.appendingPathComponent("Output"), strict: false)
      }
    }
    #expect(Golden.files(in: output) == before)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.sandbox.path).filter {
      $0.hasPrefix(".demarc-")
    }
    #expect(leftovers == [])
  }

  enum FailureStage: String, CaseIterable, Sendable {
    case content, template, fullDisk, unwritableParent
  }
}

/// A thread-safe count of writes, for the simulated full disk.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var value = 0

  func increment() -> Int {
    lock.lock()
    defer { lock.unlock() }
    value += 1
    return value
  }
}
