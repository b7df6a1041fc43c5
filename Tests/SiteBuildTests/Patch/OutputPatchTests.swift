import Foundation
import Testing

@testable import SiteBuild

/// The gate for patched builds: after any sequence of edits, a `demarc build` that keeps stamps
/// (and so may patch the output from its ledger, ``OutputPatch``) leaves the same output as a clean
/// build, byte for byte, marker included; and an edit of prose alone is patched, not built.
@Suite struct OutputPatchTests {
  /// The stamps tests' fixture site, output and cache folder.
  typealias Scene = InputStampsTests.Scene

  /// An edit of one page's prose that keeps its shape: a word changed in a paragraph.
  static func proseEdit(_ site: FixtureSite, using random: inout IncrementalRebuildTests.Generator, step: Int)
    throws -> String?
  {
    let content = site.url("Content")
    let pages = try FileManager.default.subpathsOfDirectory(atPath: content.path)
      .filter { $0.hasSuffix(".md") }.sorted()
    guard let page = pages.randomElement(using: &random) else { return nil }
    let url = content.appendingPathComponent(page)
    let text = try String(contentsOf: url, encoding: .utf8)
    var lines = text.components(separatedBy: "\n")
    // A prose line: not front matter, a heading, a list, a table or a fence.
    let prose = lines.indices.filter { index in
      let line = lines[index]
      return line.first?.isLetter == true && !line.contains(":") && !line.hasPrefix("title")
    }
    guard let index = prose.randomElement(using: &random) else { return nil }
    lines[index] +=
      [" More words at step \(step).", " *Stressed* at \(step).", " `code \(step)`"]
      .randomElement(using: &random) ?? ""
    try Data(lines.joined(separator: "\n").utf8).write(to: url)
    return "prose in \(page)"
  }

  @Test(arguments: [UInt64(11), 12, 13])
  func randomEditSequencesMatchCleanBuilds(seed: UInt64) throws {
    let scene = try Scene()
    defer { scene.site.remove() }
    var random = IncrementalRebuildTests.Generator(state: seed)
    Scene.settle()
    _ = try scene.build()
    var patched = 0
    for step in 1...16 {
      let edit =
        Bool.random(using: &random)
        ? try Self.proseEdit(scene.site, using: &random, step: step)
        : try IncrementalRebuildTests.randomEdit(scene.site, using: &random, step: "\(step)")
      let what = "step \(step) of seed \(seed): \(edit ?? "nothing")"
      Scene.settle()
      let result = try scene.build()
      if result.patched > 0 {
        patched += 1
        #expect(!result.times.stages.map(\.name).contains("render"), "a patch renders no site: \(what)")
      }
      let (clean, folder) = try scene.clean(step: step)
      #expect(result.diagnostics == clean.diagnostics, "diagnostics differ after \(what)")
      #expect((result.written == nil) == (clean.written == nil), "one build failed, the other not: \(what)")
      guard clean.written != nil else { continue }
      let mine = Golden.files(in: scene.output)
      let theirs = Golden.files(in: folder)
      #expect(!theirs.isEmpty)
      #expect(mine.keys.sorted() == theirs.keys.sorted(), "file lists differ after \(what)")
      for (path, bytes) in theirs where mine[path] != bytes {
        Issue.record("\(path) differs from a clean build after \(what)")
      }
      try? FileManager.default.removeItem(at: folder)
    }
    #expect(patched > 0, "no edit of seed \(seed) was patched")
  }

  /// Prose alone is patched; a new heading (which other pages may link to) builds the site.
  @Test func aProseEditIsPatchedAndAHeadingEditIsBuilt() throws {
    let scene = try Scene()
    defer { scene.site.remove() }
    Scene.settle()
    _ = try scene.build()
    try IncrementalRebuildTests.replace(
      "Prose about Network.", with: "Prose about the network, edited.",
      in: scene.site.url("Content/layers/network.md"), once: true)
    Scene.settle()
    let prose = try scene.build()
    #expect(prose.patched == 1)
    #expect(prose.times.stages.map(\.name).contains("patch"))
    let page = try String(
      contentsOf: scene.output.appendingPathComponent("layers/network.html"), encoding: .utf8)
    #expect(page.contains("Prose about the network, edited."))
    let handbook = try String(
      contentsOf: scene.output.appendingPathComponent("handbook.html"), encoding: .utf8)
    #expect(handbook.contains("Prose about the network, edited."))
    try IncrementalRebuildTests.append(
      "\n## A new heading\n", to: scene.site.url("Content/layers/network.md"))
    Scene.settle()
    let heading = try scene.build()
    #expect(heading.patched == 0)
    #expect(heading.times.stages.map(\.name).contains("render"))
  }

  /// An output whose bytes are no longer what the ledger says (edited by hand, same size) is not
  /// patched over: the build runs, and the output is a clean build's.
  @Test func anOutputChangedByHandIsBuiltNotPatched() throws {
    let scene = try Scene()
    defer { scene.site.remove() }
    Scene.settle()
    _ = try scene.build()
    let html = scene.output.appendingPathComponent("layers/network.html")
    try IncrementalRebuildTests.replace(
      "Prose about Network.", with: "Prose about Netwerk.", in: html, once: true)
    try IncrementalRebuildTests.replace(
      "Prose about Network.", with: "Prose about the network.",
      in: scene.site.url("Content/layers/network.md"),
      once: true)
    Scene.settle()
    let result = try scene.build()
    #expect(result.patched == 0)
    let (_, folder) = try scene.clean(step: 0)
    #expect(Golden.files(in: scene.output) == Golden.files(in: folder))
  }

  /// A ledger whose last append was torn (a kill, a full disk) is not trusted: the build runs, and
  /// the output is a clean build's.
  @Test func aTornLedgerIsNotTrusted() throws {
    let scene = try Scene()
    defer { scene.site.remove() }
    Scene.settle()
    _ = try scene.build()
    let page = scene.site.url("Content/layers/network.md")
    try IncrementalRebuildTests.replace("Prose about Network.", with: "Prose, once.", in: page, once: true)
    Scene.settle()
    #expect(try scene.build().patched == 1)
    let ledger = PatchLedger.file(in: scene.cache, for: scene.output)
    #expect(PatchLedger.read(ledger) != nil)
    try IncrementalRebuildTests.append("page\tContent/layers/network.md\tlayers/net", to: ledger)
    #expect(PatchLedger.read(ledger) == nil)
    try IncrementalRebuildTests.replace("Prose, once.", with: "Prose, twice.", in: page, once: true)
    Scene.settle()
    let result = try scene.build()
    #expect(result.patched == 0)
    let (_, folder) = try scene.clean(step: 0)
    #expect(Golden.files(in: scene.output) == Golden.files(in: folder))
  }

  /// A body is found where it is whole, past places that share only its first bytes, and only when
  /// it shows once.
  @Test func aBodyIsFoundOnlyWhereItIsWhole() {
    let body =
      Array(String(repeating: "<p>same opening words</p>\n", count: 3).utf8) + Array("<p>end</p>".utf8)
    let near =
      Array(String(repeating: "<p>same opening words</p>\n", count: 3).utf8) + Array("<p>other</p>".utf8)
    let page = Array("<main>".utf8) + near + Array("<div>".utf8) + body + Array("</div>".utf8)
    #expect(ByteSearch.find(body[...], in: page) == 6 + near.count + 5)
    #expect(ByteSearch.findOnce(body[...], in: page) == 6 + near.count + 5)
    #expect(ByteSearch.findOnce(body[...], in: page + body) == nil, "shown twice")
    #expect(ByteSearch.find(body[...], in: page, until: page.count - 7) == nil, "cut short")
    #expect(ByteSearch.find([][...], in: page) == nil)
  }

  @Test func ledgerFieldsSurviveTheirSeparators() throws {
    let hostile = "a|b=c%d\te\nf\rg"
    #expect(LedgerText.unescape(Array(LedgerText.escape(hostile).utf8)[...]) == hostile)
    #expect(LedgerText.list(Array(LedgerText.list([hostile, "", "x"]).utf8)[...]) == [hostile, "", "x"])
    #expect(LedgerText.list(Array(LedgerText.list([]).utf8)[...]) == [])
    #expect(
      LedgerText.numbered(Array(LedgerText.numbered([3: hostile, 1: ""]).utf8)[...]) == [3: hostile, 1: ""])
    #expect(LedgerText.list(Array("2|only-one".utf8)[...]) == nil)
    #expect(LedgerText.unescape(Array("caf%C3%A9".utf8)[...]) == "café")
    #expect(LedgerText.unescape([0xFF][...]) == nil, "bytes that are not UTF-8 are no text")
    #expect(LedgerText.unescape(Array("%FF".utf8)[...]) == nil)
  }

  @Test func ledgerNumbersReadAsIntDoes() {
    let fields = [
      "0", "-0", "+5", "-", "+", "", "12a", "007", " 1", "9223372036854775807", "9223372036854775808",
      "-9223372036854775808", "-9223372036854775809", "123456789012345678901234567890",
    ]
    for field in fields { #expect(LedgerText.int(Array(field.utf8)[...]) == Int(field), "\(field)") }
  }
}

extension InputStampsTests.Scene {
  /// A clean build of the same site into a folder of its own, with no stamps and no record.
  func clean(step: Int) throws -> (BuildPipeline.Result, URL) {
    let folder = site.sandbox.appendingPathComponent("clean-\(step)")
    return (try BuildPipeline.build(siteRoot: site.root, output: folder, strict: false, force: true), folder)
  }
}
