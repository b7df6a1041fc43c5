import Foundation
import Testing

@testable import SiteBuild

/// A build with nothing changed is decided from the inputs' stamps alone, and every change a stamp
/// shows (or cannot vouch for) sends the build the usual way.
@Suite struct InputStampsTests {
  /// A fixture site, an output and a stamps folder beside it, with files old enough for their
  /// stamps to be trusted (``ScanMemory/safetyMargin``).
  struct Scene {
    let site: FixtureSite
    let output: URL
    let cache: URL

    init() throws {
      site = try FixtureSite(named: "dataset")
      output = site.sandbox.appendingPathComponent("out")
      cache = site.sandbox.appendingPathComponent("cache")
      Self.settle()
    }

    /// Waits out the clocks' margin, so what was just written is no longer racy.
    static func settle() { Thread.sleep(forTimeInterval: 0.08) }

    func build() throws -> BuildPipeline.Result {
      try BuildPipeline.build(siteRoot: site.root, output: output, strict: false, stamps: cache)
    }

    var stampsFile: URL { InputStamps.file(in: cache, for: output) }
  }

  static func stages(_ result: BuildPipeline.Result) -> [String] { result.times.stages.map(\.name) }

  @Test func aBuildWithNothingChangedReadsNoInput() throws {
    let scene = try Scene()
    defer { scene.site.remove() }
    let first = try scene.build()
    #expect(Self.stages(first).contains("render"))
    let stamps = try #require(InputStamps.read(scene.stampsFile), "the first build saved its stamps")
    #expect(stamps.entries.count > 10 && stamps.entries.contains { $0.path.hasSuffix("/Content/index.md") })
    let second = try scene.build()
    #expect(Self.stages(second) == ["stamp check", "output check"], "no scan, no fingerprint")
    #expect(second.pageCount == first.pageCount && second.diagnostics == first.diagnostics)
    #expect(second.written?.unchangedCount == second.written?.fileCount)
    // The stamps describe this machine; the output, which is published, holds none of it.
    let output = Golden.files(in: scene.output)
    #expect(!output.keys.contains { $0.contains("stamps") })
    #expect(!output.values.contains { $0.range(of: Data(scene.site.root.path.utf8)) != nil })
  }

  /// Same length, modification time put back: the change clock still tells.
  @Test func anEditThatHidesItsModificationTimeIsSeen() throws {
    let scene = try Scene()
    defer { scene.site.remove() }
    _ = try scene.build()
    let page = scene.site.url("Content/layers/users.md")
    let old = try FileManager.default.attributesOfItem(atPath: page.path)[.modificationDate] as? Date
    let text = try String(contentsOf: page, encoding: .utf8)
    try text.replacingOccurrences(of: "Users", with: "Usars").write(
      to: page, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.modificationDate: try #require(old)], ofItemAtPath: page.path)
    let rebuilt = try scene.build()
    #expect(Self.stages(rebuilt).contains("render"))
    let html = try String(
      contentsOf: scene.output.appendingPathComponent("layers/users.html"), encoding: .utf8)
    #expect(html.contains("Usars"))
  }

  @Test(arguments: ["new page", "removed page", "new theme folder", "settings"])
  func aChangeToTheInputsSendsTheBuildTheUsualWay(_ change: String) throws {
    let scene = try Scene()
    defer { scene.site.remove() }
    let first = try scene.build()
    switch change {
    case "new page": try scene.site.write("Content/extra.md", "# Extra\n")
    case "removed page": try FileManager.default.removeItem(at: scene.site.url("Content/tables.md"))
    case "new theme folder":
      try FileManager.default.createDirectory(
        at: scene.site.url("Theme/assets"), withIntermediateDirectories: true)
    default:
      let settings = scene.site.url("demarc.yaml")
      let text = try String(contentsOf: settings, encoding: .utf8)
      try (text + "\n# a comment\n").write(to: settings, atomically: true, encoding: .utf8)
    }
    Scene.settle()
    let second = try scene.build()
    #expect(Self.stages(second).contains("scan"), "\(change) is seen")
    if change == "new page" { #expect(second.pageCount == first.pageCount + 1) }
    if change == "removed page" { #expect(second.pageCount == first.pageCount - 1) }
  }

  /// A file written while (or just before) a build ran may change again within one clock tick:
  /// its stamp is kept as unproven, so the next build reads it again, while every other stamp (and
  /// the ledger) still holds.
  @Test func racyFilesAreNeverVouchedFor() throws {
    let scene = try Scene()
    defer { scene.site.remove() }
    _ = try scene.build()
    #expect(InputStamps.read(scene.stampsFile) != nil)
    try scene.site.write("Content/extra.md", "# Extra\n")
    _ = try scene.build()
    let stamps = try #require(InputStamps.read(scene.stampsFile), "the other files' stamps are kept")
    let unproven = stamps.entries.filter { $0.stamp.map { $0 == $0.unproven } ?? false }
    #expect(unproven.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["extra.md"])
    // Written again at once, at the same size: the next build reads the new bytes.
    try scene.site.write("Content/extra.md", "# Extrb\n")
    let again = try scene.build()
    #expect(Self.stages(again) != ["stamp check", "output check"])
    let html = try String(contentsOf: scene.output.appendingPathComponent("extra.html"), encoding: .utf8)
    #expect(html.contains("Extrb") && !html.contains("Extra<"))
    // Once the clocks' margin has passed, a build reads it once more and vouches for it.
    Scene.settle()
    _ = try scene.build()
    #expect(Self.stages(try scene.build()) == ["stamp check", "output check"])
  }

  /// Stamps vouch for one site, one set of overrides and one record; and a link's target changes
  /// without the link's stamp changing, so a site with links keeps none.
  @Test func stampsAreTrustedOnlyForWhatTheyDescribe() throws {
    let scene = try Scene()
    defer { scene.site.remove() }
    _ = try scene.build()
    let moved = try BuildPipeline.build(
      siteRoot: scene.site.root, output: scene.output, strict: false,
      overrides: BuildOverrides(baseURL: "https://x.example/"), stamps: scene.cache)
    #expect(Self.stages(moved).contains("render"), "other overrides, another output")
    // Stamps saved for another record are not this output's.
    var stamps = try #require(InputStamps.read(scene.stampsFile))
    stamps.digest = "0000000000000000"
    stamps.save(to: scene.stampsFile)
    #expect(
      Self.stages(
        try BuildPipeline.build(
          siteRoot: scene.site.root, output: scene.output, strict: false,
          overrides: BuildOverrides(baseURL: "https://x.example/"), stamps: scene.cache)
      ).contains("scan"))

    try FileManager.default.createSymbolicLink(
      at: scene.site.url("Content/alias.md"), withDestinationURL: scene.site.url("Content/tables.md"))
    Scene.settle()
    _ = try scene.build()
    #expect(InputStamps.read(scene.stampsFile) == nil)
  }

  /// The cache keeps one file per output folder; ones no build has rewritten for a month go.
  @Test func oldStampsArePruned() throws {
    let scene = try Scene()
    defer { scene.site.remove() }
    try FileManager.default.createDirectory(at: scene.cache, withIntermediateDirectories: true)
    let stale = scene.cache.appendingPathComponent("stamps-0000000000000000")
    let fresh = scene.cache.appendingPathComponent("stamps-1111111111111111")
    for file in [stale, fresh] { try Data("x".utf8).write(to: file) }
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: -31 * 24 * 3600)], ofItemAtPath: stale.path)
    _ = try scene.build()
    let names = try FileManager.default.contentsOfDirectory(atPath: scene.cache.path)
    #expect(!names.contains(stale.lastPathComponent) && names.contains(fresh.lastPathComponent))
    #expect(names.contains(scene.stampsFile.lastPathComponent))
  }

  /// A file system that keeps whole seconds leaves the same stamp for two writes in one second,
  /// so such stamps need two seconds behind the scan; nanosecond ones, the usual margin.
  @Test func wholeSecondStampsNeedALongerMargin() {
    let start: Int64 = 1_800_000_000_000_000_000
    func stamp(_ time: Int64) -> FileStamp {
      FileStamp(device: 1, inode: 2, size: 3, modified: time, changed: time)
    }
    let second: Int64 = 1_000_000_000
    #expect(stamp(start - second).looksCoarse && stamp(start - second).isRacy(against: start))
    #expect(!stamp(start - 3 * second).isRacy(against: start))
    #expect(!stamp(start - second + 1).looksCoarse && !stamp(start - second + 1).isRacy(against: start))
    #expect(stamp(start - 10_000_000 + 1).isRacy(against: start))
  }

  /// A cache folder inside the content would change the inputs with every save: nothing is saved.
  @Test func aCacheInsideTheInputsIsNotWritten() throws {
    let scene = try Scene()
    defer { scene.site.remove() }
    let inside = scene.site.url("Content/.cache")
    let first = try BuildPipeline.build(
      siteRoot: scene.site.root, output: scene.output, strict: false, stamps: inside)
    #expect(first.written != nil)
    #expect(!FileManager.default.fileExists(atPath: inside.path))
  }

  @Test func theSavedFormRoundTrips() throws {
    let scene = try Scene()
    defer { scene.site.remove() }
    let stamps = try #require(
      InputStamps.take(
        roots: InputStamps.roots(siteRoot: scene.site.root, inputFolders: ["Content", "Theme"]),
        digest: "0123456789abcdef", context: "c0ffee"))
    #expect(stamps.entries.contains { $0.path.hasSuffix("/Theme") && $0.stamp == nil && !$0.isFolder })
    #expect(InputStamps.parse(stamps.text) == stamps)
    #expect(InputStamps.parse(stamps.text.replacingOccurrences(of: "\nf ", with: "\nf x")) == nil)
    #expect(stamps.holdNow())
  }
}
