import Foundation
import SiteBuild
import Testing

/// The first five minutes: `demarc init`, finding the content, and what an empty or misplaced site
/// is told.
@Suite struct SiteSetupTests {
  static func sandbox() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "demarc-setup-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test(arguments: [false, true])
  func initWritesASiteThatBuildsStrict(_ dataset: Bool) throws {
    let folder = try Self.sandbox()
    defer { try? FileManager.default.removeItem(at: folder) }
    let site = folder.appendingPathComponent("site")
    let written = try DemarcProcess.run(["init", site.path] + (dataset ? ["--dataset"] : []))
    #expect(written.status == 0)
    let build = try DemarcProcess.run(["build", "--strict", "--site", site.path])
    #expect(build.status == 0, "\(build.stderr)")
    #expect(build.stderr.isEmpty, "no warnings either")
    let pages = Golden.files(in: site.appendingPathComponent("Output")).keys
    #expect(pages.contains("guide.html"))
    #expect(pages.contains("model/matrix.html") == dataset)
    #expect(
      FileManager.default.fileExists(atPath: site.appendingPathComponent("Content/data/model.yaml").path)
        == dataset)
  }

  @Test func initRefusesToReplaceAnythingAndWritesNothing() throws {
    let site = try Self.sandbox()
    defer { try? FileManager.default.removeItem(at: site) }
    try FileManager.default.createDirectory(
      at: site.appendingPathComponent("Content"), withIntermediateDirectories: true)
    try Data("# Mine\n".utf8).write(to: site.appendingPathComponent("Content/guide.md"))
    let outcome = try DemarcProcess.run(["init", site.path])
    #expect(outcome.status == 1)
    #expect(outcome.stderr.contains("already has Content/guide.md; nothing was written"))
    #expect(
      try String(contentsOf: site.appendingPathComponent("Content/guide.md"), encoding: .utf8) == "# Mine\n")
    #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("demarc.yaml").path))
  }

  @Test(arguments: [
    ([String: String](), "there is no Content/ folder with pages here"),
    (["Content/notes.txt": "x"], "Content/ holds no Markdown pages"),
    (["README.md": "# Docs\n"], "the site root holds Markdown pages (README.md)"),
    (["docs/index.md": "# Docs\n"], "put 'content: docs' in demarc.yaml"),
  ])
  func aSiteWithoutPagesIsToldWhy(_ files: [String: String], _ message: String) throws {
    let site = try Self.sandbox()
    defer { try? FileManager.default.removeItem(at: site) }
    for (path, text) in files {
      let url = site.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    let outcome = try DemarcProcess.run(["build", "--site", site.path])
    #expect(outcome.status == 1)
    #expect(outcome.stderr.hasPrefix("error: ") && outcome.stderr.contains(message), "\(outcome.stderr)")
    #expect(outcome.stderr.contains("[empty-site]"))
    #expect(!outcome.stderr.contains(":1:1:"), "no invented position")
    #expect(outcome.stderr.contains("nothing was written (there was no previous output"))
  }

  @Test func contentNamesTheFolderOfPagesAndOutIsAnAliasOfOutput() throws {
    let site = try Self.sandbox()
    defer { try? FileManager.default.removeItem(at: site) }
    try FileManager.default.createDirectory(
      at: site.appendingPathComponent("docs/guide"), withIntermediateDirectories: true)
    try Data("content: docs\n".utf8).write(to: site.appendingPathComponent("demarc.yaml"))
    try Data("# Docs\n\n[Start](guide/start.md) [gone](nope.md)\n".utf8).write(
      to: site.appendingPathComponent("docs/index.md"))
    try Data("# Start\n".utf8).write(to: site.appendingPathComponent("docs/guide/start.md"))
    let broken = try DemarcProcess.run(["check", "--site", site.path])
    #expect(broken.stderr.contains("docs/index.md:3:25: error: no page docs/nope.md"), "\(broken.stderr)")
    try Data("# Docs\n\n[Start](guide/start.md)\n".utf8).write(
      to: site.appendingPathComponent("docs/index.md"))
    let out = site.appendingPathComponent("public")
    let build = try DemarcProcess.run(["build", "-q", "--site", site.path, "--out", out.path])
    #expect(build.status == 0, "\(build.stderr)")
    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("guide/start.html").path))
    // The output may not land inside the content folder, whatever it is called.
    let inside = try DemarcProcess.run([
      "build", "-q", "--site", site.path, "--output", site.appendingPathComponent("docs/out").path,
    ])
    #expect(inside.status == 74 && inside.stderr.contains("overlaps"))
  }
}
