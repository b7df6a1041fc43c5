import Diagnostics
import Foundation
import Markdown
import Testing

@testable import SiteBuild

/// The outline a one-off build keeps between load and render gives routing and linking exactly
/// what the whole tree gives them, and is much smaller than it.
@Suite struct PageOutlineTests {
  /// Every case the outline must keep right: a link in a heading, an image inside a link's text
  /// (numbered after the link), an image whose description holds a link (not numbered), raw HTML,
  /// a footnote mention, directives among ordinary code blocks, links deep in lists, tables and
  /// alerts, and prose with nothing the stages read.
  static let markdown = """
    # Title with [a link](other.md#part)

    Plain prose with *emphasis*, `code` and nothing else to read.

    [![badge](img/badge.png)](https://example.com) and ![alt [not a link](x.md)](pic.png)

    A footnote mention[^1] in text.

    <div>raw block</div>

    Inline <span>raw</span> HTML.

    ```swift
    let ignored = "[not](a-link.md)"
    ```

    ```demarc ownership
    rows: layers
    ```

    - item one
      - nested [deep link](service:rds)
    - [ ] task with [task link](#title-with-a-link)

    | a | b |
    | --- | --- |
    | [cell](cell.md) | plain |

    > [!NOTE]
    > An alert with [a link](note.md).

    ## Second heading

    Text after.
    """

  /// What routing and linking see of a tree: every numbered node and every node they inspect, with
  /// what they read of it.
  static func seen(_ document: MarkdownDocument) -> [String] {
    var seen: [String] = []
    document.forEachNumbered { node, slot in
      let place = "\(node.start.line):\(node.start.column)"
      switch (node.kind, slot) {
      case (.heading(let level), .heading(let number)):
        seen.append("heading \(number) h\(level) \(node.plainText) @\(place)")
      case (.link(let destination, _), .link(let number)):
        seen.append("link \(number) \(destination) @\(place)")
      case (.image(let source, _), .link(let number)):
        seen.append("image \(number) \(source) @\(place)")
      case (.codeBlock(let info, let literal), _) where DirectiveParser.isDirective(info: info):
        seen.append("directive \(info) \(literal) @\(place)")
      case (.htmlBlock, _), (.htmlInline, _):
        seen.append("html @\(place)")
      case (.paragraph, _) where LinkContext.mentionsFootnote(node.children):
        seen.append("footnote @\(place)")
      default:
        break
      }
    }
    return seen
  }

  static func count(_ document: MarkdownDocument) -> Int {
    var nodes = 0
    document.forEach { _ in nodes += 1 }
    return nodes
  }

  @Test func routingAndLinkingSeeWhatTheWholeTreeShows() {
    let whole = MarkdownParser.parse(Self.markdown, extensions: .github)
    let outline = PageOutline.of(whole)
    let seen = Self.seen(whole)
    #expect(Self.seen(outline) == seen)
    // The cases are all there, so the comparison above is not of two empty lists.
    for expected in [
      "heading 0 h1 Title with a link @1:1", "link 0 other.md#part @1:14", "link 1 https://example.com @5:1",
      "image 2 img/badge.png @5:2", "image 3 pic.png @5:52", "footnote @7:1", "html @9:1", "html @11:8",
      "html @11:17", "link 4 service:rds @22:12", "link 5 #title-with-a-link @23:17", "link 6 cell.md @27:3",
      "link 7 note.md @30:17", "heading 1 h2 Second heading @32:1",
    ] {
      #expect(seen.contains(expected), "missing: \(expected)\n\(seen.joined(separator: "\n"))")
    }
    #expect(seen.contains { $0.hasPrefix("directive demarc ownership") })
    #expect(!seen.contains { $0.contains("swift") }, "an ordinary code block is not a directive")
    #expect(outline.titleHeading == whole.titleHeading)
  }

  @Test func theOutlineKeepsLittleOfTheTree() {
    let prose = String(repeating: "Some *plain* prose, `code` and **more** prose.\n\n", count: 50)
    let whole = MarkdownParser.parse(Self.markdown + "\n\n" + prose, extensions: .github)
    let outline = PageOutline.of(whole)
    #expect(
      Self.count(outline) * 4 < Self.count(whole), "\(Self.count(outline)) of \(Self.count(whole)) nodes")
  }

  /// A one-off build keeps the outline and the Markdown; `SUMMARY.md`, read whole by the router,
  /// and a build that records its work for the next one keep the whole tree.
  @Test func onlyAOneOffLoadKeepsOutlines() throws {
    let page = SourceFile(path: "Content/guide.md", bytes: Array(Self.markdown.utf8))
    let summary = SourceFile(path: "Content/SUMMARY.md", bytes: Array("- [Guide](guide.md)\n".utf8))
    var bag = DiagnosticBag()
    let outlined = SiteLoader.loadPage(
      page, contentFolder: "Content", extensions: .github, outlineOnly: true, into: &bag)
    let whole = SiteLoader.loadPage(page, contentFolder: "Content", extensions: .github, into: &bag)
    let kept = SiteLoader.loadPage(
      summary, contentFolder: "Content", extensions: .github, outlineOnly: true, into: &bag)
    // The file's own bytes, not a copy, parse again into the whole tree.
    #expect(outlined.markdown?.keptBytes == page.bytes)
    #expect(try outlined.markdown?.parse(extensions: .github) == whole.document)
    #expect(outlined.document == PageOutline.of(whole.document))
    #expect(outlined.document != whole.document)
    #expect(whole.markdown == nil)
    #expect(kept.markdown == nil)
    #expect(Self.count(kept.document) > 3)
  }

  /// The Markdown kept for the render parses, front matter and all, into the tree the load
  /// parsed, with the file's line numbers; a file that decoding changed (a byte-order mark, CRLF
  /// line ends) keeps its decoded text instead of its bytes.
  @Test(arguments: [
    ("---\ntitle: T\n---\n# Head\n\nSee [x](x.md).\n", true),
    ("+++\ntitle = \"T\"\n+++\n\nText [y](y.md)\n", true),
    ("No front matter, [z](z.md)\n", true),
    ("\u{FEFF}---\r\ntitle: T\r\n---\r\n# Head\r\n\r\n[x](x.md)\r\n", false),
    ("---\ntitle: never closed\n# Head\n", true),
  ])
  func theKeptMarkdownParsesAsTheLoadDid(text: String, verbatim: Bool) throws {
    let file = SourceFile(path: "Content/page.md", bytes: Array(text.utf8))
    var bag = DiagnosticBag()
    let outlined = SiteLoader.loadPage(
      file, contentFolder: "Content", extensions: .github, outlineOnly: true, into: &bag)
    let whole = SiteLoader.loadPage(file, contentFolder: "Content", extensions: .github, into: &bag)
    let reparsed = try outlined.markdown?.parse(extensions: .github)
    #expect(reparsed == whole.document)
    #expect((outlined.markdown?.keptBytes == file.bytes) == verbatim)
    #expect(whole.document.root.children.count > 0)
    // Read from disk, a page decoding left as it was is read again to render; one decoding
    // changed keeps its decoded text.
    let origin = FileManager.default.temporaryDirectory.appendingPathComponent(
      "demarc-page-\(UUID().uuidString).md")
    try Data(file.bytes).write(to: origin)
    defer { try? FileManager.default.removeItem(at: origin) }
    let read = SiteLoader.loadPage(
      file, contentFolder: "Content", extensions: .github, outlineOnly: true, origin: origin.path, into: &bag)
    #expect((read.markdown?.keptBytes == nil) == verbatim)
    #expect(try read.markdown?.parse(extensions: .github) == whole.document)
  }

  /// Containers dissolve into their parent, but a level-1 heading inside one (a quote, a list)
  /// stays inside, so it does not become the page's title.
  @Test func aHeadingInsideAContainerDoesNotBecomeTheTitle() {
    let whole = MarkdownParser.parse("> # Quoted\n\n- # Listed [l](l.md)\n\n## Later\n", extensions: .github)
    let outline = PageOutline.of(whole)
    #expect(whole.titleHeading == nil)
    #expect(outline.titleHeading == nil)
    var headings: [String] = []
    outline.forEachNumbered { node, slot in
      if case .heading(let number) = slot { headings.append("\(number) \(node.plainText)") }
    }
    #expect(headings == ["0 Quoted", "1 Listed l", "2 Later"])
    // With nothing such inside, the outline's top level is the kept nodes themselves.
    let flat = PageOutline.of(MarkdownParser.parse("- a [x](x.md)\n  - b [y](y.md)\n", extensions: .github))
    #expect(
      flat.root.children.map(\.kind) == [
        .link(destination: "x.md", title: ""), .link(destination: "y.md", title: ""),
      ])
  }

  /// A one-off resolve lets each outline go once the page's links are resolved (the Markdown stays
  /// for the render), and the loaded pages once they are routed; a resolve that records its work
  /// for a next build keeps both, since the next one compares them.
  @Test(arguments: [false, true])
  func aOneOffResolveLetsTheOutlinesGo(recording: Bool) {
    let sources = InMemorySite.sources([
      ("Content/index.md", "# Home\n\nSee [the guide](guide.md#usage).\n"),
      ("Content/guide.md", "# Guide\n\n## Usage\n\nBack [home](index.md).\n"),
    ])
    var memory = BuildMemory.oneOff
    memory.load.recording = recording
    memory.resolve.recording = recording
    let loaded = SiteLoader.load(sources, memory: &memory.load)
    let routed = SiteRouter.route(loaded, memory: &memory.resolve)
    #expect(routed.site.pages.isEmpty == !recording)
    let resolved = LinkResolver.resolve(routed, memory: &memory.resolve)
    #expect(resolved.diagnostics.isEmpty)
    let pages = resolved.pages.filter { $0.sourcePath?.hasPrefix("Content/") == true }
    #expect(pages.count == 2)
    for page in pages {
      #expect((page.document == nil) == !recording, "\(page.outputPath)")
      #expect((page.markdown != nil) == !recording, "\(page.outputPath)")
    }
    #expect(resolved.page(at: "index.html")?.rewrites.destinations[0] == "guide.html#usage")
  }
}
