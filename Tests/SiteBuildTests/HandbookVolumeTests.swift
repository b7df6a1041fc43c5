import Foundation
import Markdown
import Testing

@testable import SiteBuild

/// A site too big for one page gets one volume per top-level section, and every link still lands.
@Suite struct HandbookVolumeTests {
  /// A builder for the fixture's handbook, split as if the site were large.
  /// - Parameter edited: a page under `Content/` whose Markdown gets one more paragraph.
  /// - Parameter retitling: gives the edited page a new front-matter title instead.
  static func builder(editing edited: String? = nil, retitling: Bool = false) throws -> HandbookBuilder {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    if let edited {
      let file = site.root.appendingPathComponent("Content/" + edited)
      let text = try String(contentsOf: file, encoding: .utf8)
      // A title that sorts where the old one did, so the reading order stays.
      let retitled = text.split(separator: "\n", omittingEmptySubsequences: false).map {
        $0.hasPrefix("title: ") ? $0 + " (renamed)" : $0
      }.joined(separator: "\n")
      try (retitling ? retitled : text + "\nEdited.\n").write(to: file, atomically: true, encoding: .utf8)
    }
    let resolved = LinkResolver.resolve(SiteLoader.load(SourceScanner.scan(siteRoot: site.root)))
    // The bodies and facts as the site's render leaves them for the one-page view.
    var memory = RenderMemory()
    _ = SiteRenderer.render(resolved, memory: &memory)
    let pages = try #require(memory.lastPages)
    var builder = HandbookBuilder(
      site: resolved, navigation: Navigation(pages: resolved.pages), bodies: pages.bodies, facts: pages.facts)
    builder.volumeLimit = 1
    return builder
  }

  static func texts(_ files: [OutputFile]) -> [String: String] {
    Dictionary(uniqueKeysWithValues: files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
  }

  static func volumes() throws -> [String: String] { texts(try builder().build()) }

  /// A one-off build hands each volume to the sink as it is made and keeps none: the same files
  /// as a build that keeps them.
  @Test func aOneOffBuildHandsEachVolumeOver() throws {
    let kept = try Self.volumes()
    #expect(kept.count > 3, "the fixture splits into volumes")
    let collector = StreamedRenderTests.Collector()
    var streaming = try Self.builder()
    streaming.sink = collector
    var memory = HandbookBuilder.Memory()
    memory.recording = false
    #expect(streaming.build(memory: &memory).isEmpty, "no volume is kept once handed over")
    let handed = collector.files.withLock { $0 }.mapValues { String(decoding: $0, as: UTF8.self) }
    #expect(handed == kept)
  }

  @Test func anEditRewritesOnlyItsVolume() throws {
    var memory = HandbookBuilder.Memory()
    let before = Self.texts(try Self.builder().build(memory: &memory))
    let after = Self.texts(try Self.builder(editing: "services/vm.md").build(memory: &memory))
    #expect(
      after == Self.texts(try Self.builder(editing: "services/vm.md").build()), "equal to a clean build")
    let changed = after.keys.filter { before[$0] != after[$0] }
    #expect(changed == ["handbook-services.html"])
  }

  /// Told that only the edited page's content changed (as a rebuild after a body-only edit is),
  /// the builder patches the last build's files: the same files as a clean build, and only the
  /// edited page's volume is new.
  @Test func aBodyOnlyEditPatchesOnlyItsVolume() throws {
    var memory = HandbookBuilder.Memory()
    let before = Self.texts(try Self.builder().build(memory: &memory))
    var edited = try Self.builder(editing: "services/vm.md")
    edited.edited = ["services/vm.html"]
    let after = Self.texts(edited.build(memory: &memory))
    #expect(
      after == Self.texts(try Self.builder(editing: "services/vm.md").build()), "equal to a clean build")
    let changed = after.keys.filter { before[$0] != after[$0] }
    #expect(changed == ["handbook-services.html"])
  }

  /// Told that pages were retitled, the builder makes the contents again and patches the volumes
  /// whose sections changed: the same files as a clean build, and a volume whose sections did not
  /// change is kept.
  @Test func aRetitlingPatchesTheContentsAndItsVolume() throws {
    var memory = HandbookBuilder.Memory()
    let before = Self.texts(try Self.builder().build(memory: &memory))
    // A top-level page: the fixture's contents list the top level only.
    var edited = try Self.builder(editing: "tables.md", retitling: true)
    edited.edited = Set(edited.site.pages.map(\.outputPath))
    edited.retitled = true
    let after = Self.texts(edited.build(memory: &memory))
    #expect(
      after == Self.texts(try Self.builder(editing: "tables.md", retitling: true).build()),
      "equal to a clean build")
    let changed = after.keys.filter { before[$0] != after[$0] }
    // The page's section shows its title heading, not its front matter's title, so its own volume
    // is kept; the contents change, and so do the facts of the entity pages it links to, which
    // list it by title among their backlinks.
    #expect(Set(changed) == ["handbook.html", "handbook-classes.html", "handbook-services.html"])
  }

  /// A one-off build renders the volumes one at a time; the files are the same as when every
  /// section is kept for the next build.
  @Test func aOneOffBuildWritesTheSameVolumes() throws {
    var oneOff = HandbookBuilder.Memory()
    oneOff.recording = false
    let streamed = Self.texts(try Self.builder().build(memory: &oneOff))
    #expect(streamed.count > 3)
    #expect(streamed == Self.texts(try Self.builder().build()))
  }

  @Test func everyPageIsInOneVolumeAndTheContentsLinkToThem() throws {
    let files = try Self.volumes()
    let contents = try #require(files["handbook.html"])
    // The fixture's theme draws each section as `<article class="fixture-page">`.
    #expect(!contents.contains("class=\"fixture-page\""), "the contents hold no sections")
    let volumes = files.keys.filter { $0 != "handbook.html" }.sorted()
    #expect(volumes.contains("handbook-start.html") && volumes.contains("handbook-services.html"))
    for volume in volumes { #expect(contents.contains("href=\"\(volume)\""), "\(volume) is listed") }
    var sections: [String] = []
    for volume in volumes {
      let text = try #require(files[volume])
      sections += text.components(separatedBy: "<article class=\"fixture-page\" id=\"").dropFirst().map {
        String($0.prefix { $0 != "\"" })
      }
      #expect(text.contains("<a href=\"handbook.html\">all volumes</a>"))
    }
    #expect(sections.count > 10 && Set(sections).count == sections.count, "each page once")
  }

  @Test func linksBetweenVolumesNameTheFileAndLand() throws {
    let files = try Self.volumes()
    var checked = 0
    for (name, text) in files {
      for piece in text.components(separatedBy: "href=\"").dropFirst() {
        let href = String(piece.prefix { $0 != "\"" })
        guard let hash = href.firstIndex(of: "#") else { continue }
        let file = href[..<hash].isEmpty ? name : String(href[..<hash])
        guard let target = files[file] else { continue }  // a page of the site, not the handbook
        let id = String(href[href.index(after: hash)...])
        #expect(target.contains("id=\"\(id)\""), "\(name) links to \(href), which is not there")
        checked += 1
      }
    }
    #expect(checked > 20)
  }

  @Test func anAuthoredFileCannotTakeAVolumeName() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    try site.write("Content/handbook-guides.md", "---\ntitle: Mine\n---\n# Mine\n")
    let (result, _) = try BuildPipeline.check(siteRoot: site.root)
    #expect(
      result.diagnostics.contains {
        $0.code == .routeCollision && $0.location?.file == "Content/handbook-guides.md"
      })
  }
}
