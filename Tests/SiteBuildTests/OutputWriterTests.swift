import Foundation
import SiteBuild
import Testing

/// The write stage's promises: all or nothing, never someone else's folder, dotfiles kept.
@Suite struct OutputWriterTests {
  static func site(_ files: [String: String]) -> RenderedSite {
    RenderedSite(
      files: files.map { OutputFile(path: $0.key, text: $0.value) } + [
        OutputFile(path: OutputWriter.markerName, text: OutputWriter.markerText)
      ], diagnostics: [], pageCount: files.count)
  }

  @Test func replacesItsOwnOutputAndKeepsTopLevelDotfiles() throws {
    let sandbox = FileManager.default.temporaryDirectory.appendingPathComponent(
      "demarc-writer-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: sandbox) }
    let output = sandbox.appendingPathComponent("Output")
    try FileManager.default.createDirectory(
      at: output.appendingPathComponent(".git"), withIntermediateDirectories: true)
    try Data().write(to: output.appendingPathComponent(".gitkeep"))
    _ = try OutputWriter.write(Self.site(["a.html": "one", "old/b.html": "two"]), to: output)
    _ = try OutputWriter.write(Self.site(["a.html": "three"]), to: output)
    let files = Golden.files(in: output)
    #expect(files["a.html"] == Data("three".utf8))
    #expect(files["old/b.html"] == nil, "stale files are gone")
    #expect(files[".gitkeep"] != nil)
    #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".git").path))
    #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.path) == ["Output"])
  }

  @Test func refusesAFolderItDidNotCreate() throws {
    let sandbox = FileManager.default.temporaryDirectory.appendingPathComponent(
      "demarc-writer-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: sandbox) }
    try FileManager.default.createDirectory(at: sandbox, withIntermediateDirectories: true)
    try Data("mine".utf8).write(to: sandbox.appendingPathComponent("thesis.tex"))
    #expect(throws: BuildFailure.foreignOutput(path: sandbox.standardizedFileURL.path)) {
      try OutputWriter.write(Self.site(["a.html": "x"]), to: sandbox)
    }
    #expect(Golden.files(in: sandbox) == ["thesis.tex": Data("mine".utf8)])
  }

  @Test func refusesPathsThatLeaveTheOutput() throws {
    let sandbox = FileManager.default.temporaryDirectory.appendingPathComponent(
      "demarc-writer-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: sandbox) }
    let output = sandbox.appendingPathComponent("Output")
    #expect(throws: BuildFailure.self) {
      try OutputWriter.write(Self.site(["../escape.html": "x"]), to: output)
    }
    #expect(!FileManager.default.fileExists(atPath: sandbox.appendingPathComponent("escape.html").path))
    #expect(!FileManager.default.fileExists(atPath: output.path))
    #expect(((try? FileManager.default.contentsOfDirectory(atPath: sandbox.path)) ?? []).isEmpty)
  }
}
