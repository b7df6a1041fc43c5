import Diagnostics
import Foundation
import Markdown
import TestSupport
import Testing

@testable import SiteBuild

/// GitHub-flavoured Markdown in a site: on by default, each extension off through `markdown:`,
/// links in table cells checked at their own position, footnotes reported rather than dropped.
@Suite struct MarkdownSettingsTests {
  static let page = """
    # Page

    | a | b |
    |---|---|
    | [ok](other.md) | [broken](nope.md) |

    ~~old~~ www.example.com

    - [x] done

    > [!TIP]
    > A tip.

    ```yaml
    key: 1
    ```

    """

  static func build(config: String?) throws -> ([Diagnostic], String) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "demarc-gfm-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("Content"), withIntermediateDirectories: true)
    try Data(Self.page.utf8).write(to: root.appendingPathComponent("Content/index.md"))
    try Data("# Other\n".utf8).write(to: root.appendingPathComponent("Content/other.md"))
    if let config { try Data(config.utf8).write(to: root.appendingPathComponent("demarc.yaml")) }
    let (result, rendered) = try BuildPipeline.check(siteRoot: root)
    return (result.diagnostics, try #require(LinkAudit.pages(of: rendered)["index.html"]))
  }

  @Test func githubMarkdownIsOnByDefault() throws {
    let (diagnostics, page) = try Self.build(config: nil)
    for marker in [
      "<table>", "<del>old</del>", "href=\"http://www.example.com\"", "checked=\"\"", "markdown-alert-tip",
      "<span class=\"tok-key\">key</span>",
    ] {
      #expect(page.contains(marker), "\(marker)")
    }
    #expect(page.contains("<td><a href=\"other.html\">ok</a></td>"), "links in cells are resolved")
    #expect(
      page.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" />"),
      "named for screen readers")
    let broken = try #require(diagnostics.first { $0.code == .brokenLink })
    #expect(broken.location == SourceLocation(file: "Content/index.md", line: 5, column: 20))
  }

  @Test func eachExtensionCanBeTurnedOff() throws {
    let config =
      "markdown:\n  tables: false\n  strikethrough: false\n  task_lists: false\n  autolinks: false\n  alerts: false\n  highlight: false\n"
    let (diagnostics, page) = try Self.build(config: config)
    for marker in [
      "<table>", "<del>", "href=\"http://www.example.com\"", "checkbox", "markdown-alert", "tok-",
    ] {
      #expect(!page.contains(marker), "\(marker)")
    }
    #expect(!diagnostics.contains { $0.code == .unknownKey })
  }

  @Test func footnotesAreReportedWhereTheyAreWritten() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("demarc-fn-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("Content"), withIntermediateDirectories: true)
    try Data("# F\n\nA claim[^1] and `[^code]`.\n\n[^1]: The source.\n".utf8).write(
      to: root.appendingPathComponent("Content/index.md"))
    let (result, _) = try BuildPipeline.check(siteRoot: root)
    let lines = result.diagnostics.filter { $0.code == .unsupportedSyntax }.compactMap(\.location?.line)
    #expect(lines == [3, 5])
  }

  /// A footnote's `[` and `^` may fall in two text nodes; a `[` only in code is none.
  @Test func aFootnoteIsFoundAcrossTextsAndNotInCode() {
    let at = MarkdownPoint(line: 1, column: 1)
    func texts(_ kinds: [MarkdownNode.Kind]) -> [MarkdownNode] { kinds.map { MarkdownNode($0, start: at) } }
    #expect(LinkContext.mentionsFootnote(texts([.text("a claim["), .text("^1] here")])))
    #expect(LinkContext.mentionsFootnote(texts([.text("[^1]")])))
    #expect(!LinkContext.mentionsFootnote(texts([.text("a claim"), .code("[^x]")])))
    #expect(!LinkContext.mentionsFootnote(texts([.text("no bracket at all")])))
    #expect(!LinkContext.mentionsFootnote(texts([.text("a [link-like] text")])))
  }
}
