import Foundation
import Markdown
import Synchronization
import Testing

@testable import SiteBuild

/// A one-off build keeps where each page was read rather than its bytes, and reads it again to
/// render it (``DeferredMarkdown``): the output is the same, and a page that changed in between
/// fails the build instead of mixing two versions of the site.
@Suite struct DeferredMarkdownTests {
  /// The pages of a scanned site keep no bytes from the load on; a site assembled in memory, which
  /// has no file to read again, keeps them.
  @Test func aOneOffLoadKeepsWhereEachPageWasReadNotItsBytes() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let sources = SourceScanner.scan(siteRoot: site.root)
    #expect(sources.pageOrigins.count == sources.pages.count && sources.pages.count > 5)
    var memory = LoadMemory()
    memory.recording = false
    let loaded = SiteLoader.load(sources, memory: &memory)
    let deferred = loaded.pages.compactMap(\.markdown)
    #expect(deferred.count == loaded.pages.count - loaded.pages.filter { $0.markdown == nil }.count)
    #expect(!deferred.isEmpty)
    for markdown in deferred {
      guard case .onDisk = markdown else {
        Issue.record("a page read from disk kept its bytes")
        continue
      }
    }
    var inMemory = sources
    inMemory.pageOrigins = [:]
    var again = LoadMemory()
    again.recording = false
    for markdown in SiteLoader.load(inMemory, memory: &again).pages.compactMap(\.markdown) {
      guard case .kept = markdown else {
        Issue.record("a page with no file to read again did not keep its bytes")
        continue
      }
    }
  }

  /// Read again, a page parses to the tree the load parsed; changed or gone, it is refused.
  @Test func aPageReadAgainIsTheOneTheScanRead() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let path = "Content/tables.md"
    let origin = site.url(path).path
    let file = SourceFile(path: path, bytes: Array(try Data(contentsOf: site.url(path))))
    let source = MarkdownSource(bytes: file.bytes, body: .whole)
    let deferred = DeferredMarkdown(source, file: file, verbatim: true, origin: origin)
    #expect(try deferred.parse(extensions: .github) == source.parse(extensions: .github))

    try site.append(path, "\nOne more line.\n")
    #expect(throws: DeferredMarkdown.Unavailable.self) { try deferred.parse(extensions: .github) }
    // The same size, other bytes.
    var swapped = file.bytes
    swapped[swapped.count - 2] =
      swapped[swapped.count - 2] == UInt8(ascii: "x") ? UInt8(ascii: "y") : UInt8(ascii: "x")
    try site.write(path, bytes: swapped)
    #expect(throws: DeferredMarkdown.Unavailable.self) { try deferred.parse(extensions: .github) }
    try FileManager.default.removeItem(at: site.url(path))
    do {
      _ = try deferred.parse(extensions: .github)
      Issue.record("a page that is gone was parsed")
    } catch {
      #expect(error.reason.contains("could not be read again"))
    }
  }

  /// A page edited after the scan read it, while the pages render, fails the build with a
  /// diagnostic naming it, and the last output stays as it was, with nothing left beside it.
  @Test func aPageChangedWhileTheSiteBuildsFailsTheBuildAndKeepsTheOutput() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let output = site.sandbox.appendingPathComponent("Output")
    let first = try BuildPipeline.build(siteRoot: site.root, output: output, strict: false)
    #expect(first.written != nil)
    #expect(try Self.contents(of: output).count > 20)

    // A new asset is the first file the render hands over that the last output does not hold
    // (the others are linked from it), before any page renders.
    try site.write("Content/notes.txt", "new asset")
    let before = try Self.contents(of: output)
    let edited = Mutex(false)
    let page = site.url("Content/tables.md")
    let writer = OutputWriter(writeFile: { bytes, url in
      let first = edited.withLock { edited in
        defer { edited = true }
        return !edited
      }
      if first {
        let handle = try FileHandle(forWritingTo: page)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\nEdited meanwhile.\n".utf8))
        try handle.close()
      }
      try Data(bytes).write(to: url)
    })
    let second = try BuildPipeline.build(
      siteRoot: site.root, output: output, strict: false, force: true, writer: writer)
    #expect(edited.withLock { $0 }, "the writer ran during the render")
    #expect(second.written == nil, "a build that read two versions of a page is not written")
    let failure = try #require(second.diagnostics.first { $0.code == .unreadableFile })
    #expect(failure.severity == .error && failure.location?.file == "Content/tables.md")
    #expect(failure.message.contains("changed while the site was building"))
    #expect(try Self.contents(of: output) == before, "the last output is untouched")
    let beside = try FileManager.default.contentsOfDirectory(atPath: site.sandbox.path)
    #expect(Set(beside) == ["_theme", "dataset", "Output"], "no staging folder is left")
  }

  /// Every file below `folder`, by path, with its bytes.
  private static func contents(of folder: URL) throws -> [String: Data] {
    let base = folder.path
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: base)
    while let relative = enumerator?.nextObject() as? String {
      var isFolder: ObjCBool = false
      let path = base + "/" + relative
      if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
        files[relative] = try Data(contentsOf: URL(fileURLWithPath: path))
      }
    }
    return files
  }
}
