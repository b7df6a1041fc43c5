import Foundation
import SiteBuild
import Testing

/// The write stage under real faults, end to end through the built binary: SIGKILL at every step of
/// the swap, SIGINT and SIGTERM while writing, a mount point, links on the way to the output.
@Suite struct OutputFaultTests {
  /// A fixture site, its output already built once, with the dotfiles a publishing checkout has.
  struct Scene {
    let site: FixtureSite
    let output: URL

    init() throws {
      site = try FixtureSite(named: "basic")
      output = site.sandbox.appendingPathComponent("out")
      let first = try DemarcProcess.run(["build", "-q", "--site", site.root.path, "--output", output.path])
      try #require(first.status == 0)
      try FileManager.default.createDirectory(
        at: output.appendingPathComponent(".git"), withIntermediateDirectories: true)
      try Data("ref: refs/heads/gh-pages\n".utf8).write(to: output.appendingPathComponent(".git/HEAD"))
      try Data().write(to: output.appendingPathComponent(".nojekyll"))
      try site.append("Content/index.md", "\nEdited after the first build.\n")
    }

    func build(_ environment: [String: String] = [:]) throws -> DemarcProcess.Outcome {
      try DemarcProcess.run(
        ["build", "-q", "--site", site.root.path, "--output", output.path], environment: environment)
    }

    /// Work folders of demarc's beside the output.
    var leftovers: [String] {
      ((try? FileManager.default.contentsOfDirectory(atPath: site.sandbox.path)) ?? []).filter {
        $0.hasPrefix(".demarc-")
      }.sorted()
    }

    /// The user's dotfiles are where they were, with their bytes.
    func expectDotfilesKept(sourceLocation: SourceLocation = #_sourceLocation) {
      let head = FileManager.default.contents(atPath: output.appendingPathComponent(".git/HEAD").path)
      #expect(head == Data("ref: refs/heads/gh-pages\n".utf8), sourceLocation: sourceLocation)
      #expect(
        FileManager.default.fileExists(atPath: output.appendingPathComponent(".nojekyll").path),
        sourceLocation: sourceLocation)
    }

    /// The output's pages, dotfiles aside.
    var pages: [String: Data] { Golden.files(in: output).filter { !$0.key.hasPrefix(".") } }
  }

  /// The same site built once, cleanly, into a fresh folder: what every recovery must end with.
  static func cleanBuild(of scene: Scene) throws -> [String: Data] {
    let clean = scene.site.sandbox.appendingPathComponent("clean")
    let outcome = try DemarcProcess.run([
      "build", "-q", "--site", scene.site.root.path, "--output", clean.path,
    ])
    #expect(outcome.status == 0)
    defer { try? FileManager.default.removeItem(at: clean) }
    return Golden.files(in: clean).filter { !$0.key.hasPrefix(".") }
  }

  static let killPoints: [(WriteStep, Bool)] =
    WriteStep.allCases.filter { $0 != .oldMovedAside }.map { ($0, true) }
    + WriteStep.allCases.map { ($0, false) }

  /// A build killed with SIGKILL at any step leaves a complete output or a retired copy beside it,
  /// and the next build ends with the new site and every dotfile, whichever swap the file system
  /// allows.
  @Test(arguments: killPoints)
  func aKillAtAnyStepLosesNothing(_ step: WriteStep, exchange: Bool) throws {
    let scene = try Scene()
    defer { scene.site.remove() }
    let before = scene.pages
    let after = try Self.cleanBuild(of: scene)
    #expect(before != after && !after.isEmpty)
    let fault = "kill@\(step.rawValue)" + (exchange ? "" : ",no-exchange")
    let killed = try scene.build(["DEMARC_TEST_FAULT": fault])
    #expect(killed.status == SIGKILL, "the build was killed at \(step.rawValue)")
    let outputComplete = scene.pages == before || scene.pages == after
    let retiredKept = scene.leftovers.contains { $0.hasPrefix(".demarc-retired-") }
    #expect(outputComplete || retiredKept, "after the kill: a whole output, or the old one set aside")

    let next = try scene.build()
    #expect(next.status == 0)
    #expect(scene.leftovers == [], "the next build settles what the killed one left")
    #expect(next.stderr.contains("note: "), "and says what it settled")
    scene.expectDotfilesKept()
    #expect(scene.pages == after)
  }

  @Test(arguments: [SIGINT, SIGTERM])
  func aSignalWhileWritingRemovesTheStagingFolder(_ signal: Int32) throws {
    let scene = try Scene()
    defer { scene.site.remove() }
    let before = Golden.files(in: scene.output)
    let process = Process()
    process.executableURL = DemarcProcess.binary
    process.arguments = ["build", "-q", "--site", scene.site.root.path, "--output", scene.output.path]
    process.environment = ProcessInfo.processInfo.environment.merging([
      "DEMARC_TEST_FAULT": "pause@writing-files", "DEMARC_CACHE_DIR": DemarcProcess.cache.path,
    ]) {
      $1
    }
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(30)
    while scene.leftovers.isEmpty && Date() < deadline { usleep(20_000) }
    try #require(!scene.leftovers.isEmpty, "the build reached its staging folder")
    usleep(200_000)
    kill(process.processIdentifier, signal)
    process.waitUntilExit()
    #expect(process.terminationStatus == 128 + signal)
    #expect(scene.leftovers == [])
    #expect(Golden.files(in: scene.output) == before, "the previous output is untouched")
  }

  /// A Docker volume or a bind mount cannot be renamed: demarc replaces its contents and never
  /// touches its dotfiles. Needs root and mount namespaces (`unshare -m`); skipped elsewhere.
  @Test(.enabled(if: OutputFaultTests.canMount))
  func aMountPointIsFilledInPlaceAndSurvivesAKill() throws {
    let scene = try Scene()
    defer { scene.site.remove() }
    let volume = scene.site.sandbox.appendingPathComponent("volume")
    try FileManager.default.createDirectory(
      at: volume.appendingPathComponent(".git"), withIntermediateDirectories: true)
    try Data("ref: refs/heads/gh-pages\n".utf8).write(to: volume.appendingPathComponent(".git/HEAD"))
    try Data().write(to: volume.appendingPathComponent(".nojekyll"))
    let mounted = scene.site.sandbox.appendingPathComponent("mounted")
    try FileManager.default.createDirectory(at: mounted, withIntermediateDirectories: true)
    let demarc =
      "'\(DemarcProcess.binary.path)' build -q --site '\(scene.site.root.path)' --output '\(mounted.path)'"
    let script = """
      mount --bind '\(volume.path)' '\(mounted.path)' || exit 90
      \(demarc) || exit 91
      echo "# Added" >> '\(scene.site.root.path)/Content/index.md'
      DEMARC_TEST_FAULT=kill@carrying-dotfiles \(demarc)
      [ $? -eq 137 ] || exit 92
      \(demarc) 2>'\(scene.site.sandbox.path)/notes.txt' || exit 93
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
    process.arguments = ["-m", "/bin/sh", "-c", script]
    process.environment = ProcessInfo.processInfo.environment.merging([
      "DEMARC_CACHE_DIR": DemarcProcess.cache.path
    ]) { $1 }
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let files = Golden.files(in: volume)
    #expect(files[".git/HEAD"] == Data("ref: refs/heads/gh-pages\n".utf8))
    #expect(files[".nojekyll"] != nil)
    #expect(files["index.html"].map { String(decoding: $0, as: UTF8.self).contains("Added") } == true)
    #expect(!files.keys.contains { $0.hasPrefix(".demarc-s") || $0.hasPrefix(".demarc-r") })
    let notes =
      (try? String(contentsOf: scene.site.sandbox.appendingPathComponent("notes.txt"), encoding: .utf8)) ?? ""
    #expect(notes.contains("finished moving in the site"))
  }

  static let canMount: Bool = {
    guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else {
      return false
    }
    let probe = Process()
    probe.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
    probe.arguments = ["-m", "true"]
    probe.standardError = FileHandle.nullDevice
    guard (try? probe.run()) != nil else { return false }
    probe.waitUntilExit()
    return probe.terminationStatus == 0
  }()

  @Test func aSymlinkedOutputIsWrittenThroughAndKeepsItsLink() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    let real = site.sandbox.appendingPathComponent("real")
    try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
    let link = site.sandbox.appendingPathComponent("out")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
    for _ in 0..<2 {
      let outcome = try DemarcProcess.run(["build", "-q", "--site", site.root.path, "--output", link.path])
      #expect(outcome.status == 0)
    }
    let destination = try FileManager.default.destinationOfSymbolicLink(atPath: link.path)
    #expect(destination == real.path, "the link is still a link to the same folder")
    #expect(FileManager.default.fileExists(atPath: real.appendingPathComponent("index.html").path))
  }

  @Test func anOutputReachedThroughALinkIntoContentIsRefused() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    let alias = site.sandbox.appendingPathComponent("alias")
    try FileManager.default.createSymbolicLink(at: alias, withDestinationURL: site.url("Content"))
    let outcome = try DemarcProcess.run([
      "build", "-q", "--site", site.root.path, "--output", alias.appendingPathComponent("Output").path,
    ])
    #expect(outcome.status == 74)
    #expect(outcome.stderr.contains("overlaps"))
    #expect(!FileManager.default.fileExists(atPath: site.url("Content/Output").path))
  }

  @Test func anOutputWithALongNameBuildsAndRebuilds() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    let output = site.sandbox.appendingPathComponent(String(repeating: "o", count: 240))
    for edit in ["one", "two"] {
      try site.append("Content/guide/intro.md", "\n\(edit)\n")
      let outcome = try DemarcProcess.run(["build", "-q", "--site", site.root.path, "--output", output.path])
      #expect(outcome.status == 0, "\(outcome.stderr)")
    }
    let intro = try String(contentsOf: output.appendingPathComponent("guide/intro.html"), encoding: .utf8)
    #expect(intro.contains("two"))
  }

  /// Earlier demarc versions named their work folders after the output; a site they stranded is
  /// put back too.
  @Test func aRetiredOutputFromAnEarlierVersionIsRestored() throws {
    let scene = try Scene()
    defer { scene.site.remove() }
    let stranded = scene.site.sandbox.appendingPathComponent(".demarc-retired-out-123-456")
    try FileManager.default.moveItem(at: scene.output, to: stranded)
    let outcome = try scene.build()
    #expect(outcome.status == 0)
    #expect(outcome.stderr.contains("restored the previous output from .demarc-retired-out-123-456"))
    #expect(scene.leftovers == [])
    scene.expectDotfilesKept()
  }
}
