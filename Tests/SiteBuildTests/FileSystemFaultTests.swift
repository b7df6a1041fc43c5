import Diagnostics
import Foundation
import SiteBuild
import Testing

/// The file system around the pages: names, links, FIFOs and unreadable files get a diagnostic,
/// never a trap, a hang or an endless walk.
@Suite struct FileSystemFaultTests {
  static let composed = "caf\u{E9}"  // é as one scalar (NFC)
  static let decomposed = "cafe\u{301}"  // e + combining acute (NFD)

  @Test func namesThatDifferOnlyInNormalisationCollideInsteadOfTrapping() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    try site.write("Content/\(Self.composed).md", "---\ntitle: One\n---\n# One\n")
    try site.write("Content/\(Self.decomposed).md", "---\ntitle: Two\n---\n# Two\n")
    let (result, rendered) = try BuildPipeline.check(siteRoot: site.root)
    let collisions = result.diagnostics.filter { $0.code == .routeCollision }
    #expect(collisions.count == 1)
    #expect(collisions.first?.message.contains("Unicode-normalised") == true)
    // Exactly one of the two became a page, under its own bytes.
    let cafes = rendered.files.map(\.path).filter { $0.hasPrefix("caf") && $0.hasSuffix(".html") }
    #expect(cafes.count == 1)
  }

  @Test func aDecomposedFragmentIsWrittenAsTheHeadingsOwnSpelling() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    try site.write(
      "Content/menu.md",
      "---\ntitle: Menu\n---\n# \(Self.composed)\n\n[here](#\(Self.decomposed)) and [there](menu.md?tab=2#\(Self.composed))\n"
    )
    let (result, rendered) = try BuildPipeline.check(siteRoot: site.root)
    #expect(!result.diagnostics.contains { $0.location?.file == "Content/menu.md" && $0.severity == .error })
    let page = try #require(rendered.files.first { $0.path == "menu.html" }).bytes
    // Compared as bytes: Swift's own string comparison would call the two spellings equal.
    func has(_ text: String) -> Bool {
      let needle = Array(text.utf8)
      return page.indices.contains { page[$0...].starts(with: needle) }
    }
    // cmark percent-encodes the href; the browser decodes it and compares code points with the id.
    #expect(has("<h1 id=\"\(Self.composed)\">"))
    #expect(has("<a href=\"#caf%C3%A9\">here</a>"))
    #expect(!has("%CC%81"), "no browser would match the decomposed spelling")
    #expect(has("<a href=\"menu.html?tab=2#caf%C3%A9\">there</a>"), "the query is kept")
  }

  @Test func aBackslashInALinkIsNamedAsSuch() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    try site.write("Content/win.md", "---\ntitle: W\n---\n[x](guide\\intro.md)\n")
    let (result, _) = try BuildPipeline.check(siteRoot: site.root)
    let message = result.diagnostics.first { $0.location?.file == "Content/win.md" }?.message ?? ""
    #expect(message.contains("backslash"))
    #expect(!message.contains("outside"))
  }

  @Test func twoLinksBackUpTheTreeEndTheWalk() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    try FileManager.default.createDirectory(at: site.url("Content/d"), withIntermediateDirectories: true)
    for name in ["up", "up2", "up3"] {
      try FileManager.default.createSymbolicLink(
        atPath: site.url("Content/d/\(name)").path, withDestinationPath: "..")
    }
    try FileManager.default.createSymbolicLink(
      atPath: site.url("Content/root").path, withDestinationPath: "../")
    let outcome = try DemarcProcess.run(["check", "--site", site.root.path], timeout: 30)
    #expect(!outcome.timedOut)
    #expect(outcome.status == 0, "a loop is a warning: the link is redundant, nothing is lost")
    #expect(outcome.stderr.components(separatedBy: "[link-loop]").count - 1 == 4)
    #expect(outcome.stderr.contains("Content/d/up:1:1: warning: this folder leads back up to Content"))
    #expect(outcome.stderr.contains("leads back up to the site root"))
  }

  @Test func fifosAreNeverOpenedForReading() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    #expect(mkfifo(site.url("Content/pipe").path, 0o644) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: site.url("Content/pipe.md").path, withDestinationPath: "pipe")
    let plain = try DemarcProcess.run(["check", "--site", site.root.path], timeout: 30)
    #expect(!plain.timedOut && plain.status == 0, "FIFOs, even behind a page's link, are not content")
    // A FIFO where the configuration belongs is a diagnostic at that file, not a hang.
    try FileManager.default.removeItem(at: site.url("demarc.yaml"))
    #expect(mkfifo(site.url("demarc.yaml").path, 0o644) == 0)
    // `build` reads it twice (the overlap check too), so both commands are run.
    for command in ["check", "build"] {
      let fifoConfig = try DemarcProcess.run([command, "--site", site.root.path], timeout: 30)
      #expect(!fifoConfig.timedOut, "\(command)")
      #expect(fifoConfig.status == 1)
      #expect(
        fifoConfig.stderr.contains("demarc.yaml:1:1: error: cannot read this file: it is not a regular file"))
    }
  }

  @Test func everyUnreadableFileIsReportedInOneRun() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    // A FIFO behind the config name and an unlistable folder fail the same run.
    try FileManager.default.removeItem(at: site.url("demarc.yaml"))
    #expect(mkfifo(site.url("demarc.yaml").path, 0o644) == 0)
    try site.write("Content/locked/page.md", "# Locked\n")
    try site.write("Content/secret.md", "# Secret\n")
    chmod(site.url("Content/locked").path, 0)
    chmod(site.url("Content/secret.md").path, 0)
    defer { chmod(site.url("Content/locked").path, 0o755) }
    let (result, _) = try BuildPipeline.check(siteRoot: site.root)
    let unreadable = result.diagnostics.filter { $0.code == .unreadableFile }.compactMap(\.location?.file)
    // Permissions do not bind root, so only the FIFO is unreadable there.
    let expected = getuid() == 0 ? ["demarc.yaml"] : ["Content/locked", "Content/secret.md", "demarc.yaml"]
    #expect(unreadable.sorted() == expected)
  }

  /// A newline in a file name cannot forge a second diagnostic line, nor ESC drive the terminal.
  @Test func aFileNameCannotForgeALogLine() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    try site.write("Content/x\ny: error: forged \u{1B}[2J.md", "---\ntitle: F\n---\n[x](nope.md)\n")
    let outcome = try DemarcProcess.run(["check", "--site", site.root.path])
    #expect(outcome.status == 1)
    let lines = outcome.stderr.split(separator: "\n")
    #expect(!lines.contains { $0.hasPrefix("y: error") })
    #expect(!outcome.stderr.contains("\u{1B}"))
    #expect(outcome.stderr.contains("Content/x\\ny: error: forged \\x1b[2J.md:1:1: error:"))
  }

  @Test(arguments: [
    ("a\nb", "a\\nb"), ("tab\there", "tab\\there"), ("cr\r", "cr\\r"), ("\u{1B}[31m", "\\x1b[31m"),
    ("\u{7F}\u{85}", "\\x7f\\x85"), ("line\u{2028}sep", "line\\u{2028}sep"), ("\u{202E}txt", "\\u{202E}txt"),
    ("caf\u{E9} ☁ plain", "caf\u{E9} ☁ plain"),
  ])
  func terminalTextEscapesControlsOnly(_ input: String, _ expected: String) {
    #expect(TerminalText.escaped(input) == expected)
  }

  @Test func aPageNameTooLongForTheFileSystemIsADiagnosticNamingIt() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    let name = String(repeating: "n", count: 252) + ".md"  // 255 bytes; its .html would be 257
    try site.write("Content/\(name)", "---\ntitle: Long\n---\n# Long\n")
    let (result, _) = try BuildPipeline.check(siteRoot: site.root)
    let long = result.diagnostics.first { $0.location?.file == "Content/\(name)" }
    #expect(long?.code == .unsafePath)
    #expect(long?.message.contains("255 bytes") == true)
  }
}
