import Foundation
import Markdown
import Testing

/// The GitHub extensions against their reference: Debian's `cmark-gfm` with the table,
/// strikethrough, task-list and autolink extensions must render every input here byte for byte as
/// demarc does. (Alerts are GitHub's own and not in cmark-gfm; they have their own tests.)
@Suite struct GitHubDifferentialTests {
  static let oracle = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  static let extensions = MarkdownExtensions(
    tables: true, strikethrough: true, taskLists: true, autolinks: true, alerts: false)

  /// Hand-written cases for each rule, then combinations of cell contents, alignments and
  /// containers.
  static let inputs: [String] = {
    var cases = [
      "| a | b |\n|---|---|\n| 1 | 2 |\n",
      "a | b\n--|--\n1 | 2\n",
      "| a |\n|:-:|\n| x |\n",
      "| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n",
      "| a | b |\n|---|---|\n| only |\n| 1 | 2 | 3 |\n",
      "| a | b |\n|---|---|\n",
      "| a | b |\n|---|\n| 1 | 2 |\n",
      "| a \\| b | c |\n|---|---|\n| `x\\|y` | \\| |\n",
      "Intro text\n| a | b |\n|---|---|\n| 1 | 2 |\n",
      "Two lines\nof text\n| a |\n| - |\n| c |\n",
      "| a |\n| - |\n| c |\nplain row\n\nafter\n",
      "> | a | b |\n> |---|---|\n> | 1 | 2 |\n",
      "- item\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |\n",
      "| *em* | **strong** |\n|---|---|\n| [link](http://x.org) | ![img](a.png) |\n",
      "| # not a heading | - not a list |\n|---|---|\n| > not a quote | 1. not a list |\n",
      "| a |\n|---|\n| <b>raw</b> |\n",
      "|a|b|\n|-|-|\n|1|2|\n",
      "| a | b |\n| --- | --- |\n| trailing \\ | x |\n",
      "---\n| a |\n",
      "a\n---\n",
      "~~del~~", "~one~", "x~~y~~z", "~~~three~~~", "~~a ~~", "~~ a~~", "~~*em* inside~~",
      "*em ~~del~~ em*", "~~unclosed", "a ~~b~~ c ~~d~~", "~~**strong**~~", "~x~~y~", "(~~a~~)",
      "- [ ] todo\n- [x] done\n- [X] upper\n",
      "- [ ] todo\n\n- [x] loose\n",
      "- [ ]\n- [x]no space\n- [y] not a task\n",
      "1. [ ] ordered\n2. [x] done\n",
      "- [ ] outer\n  - [x] inner\n",
      "* [ ] *em* task\n",
      "www.example.com", "Visit www.example.com/path?q=1.", "https://example.org/a_b", "http://x.org/(y)",
      "(see https://example.org/)", "https://example.org/a).", "www.commonmark.org/he<lp",
      "a@b.com", "mail me: first.last+tag@example.co.uk.", "foo@bar.baz_", "not@an", "x www.a_b.c",
      "www.google.com/search?q=Markup+(business)", "[a link](https://x.org) www.y.org",
      "`code www.x.org`", "***www.example.com***", "_https://x.org_",
      "www.example.com/a&hl;", "http://localhost:8000/a", "https://x.org/😄 y", "- [x]\tTab\n",
      "1. one\n2. two\n\n| a |\n|---|\n| b |\n", "# Title ~~old~~\n\nwww.x.org ~~www.y.org~~\n",
    ]
    let cells = ["x", "*e*", "`c`", "[l](u)", "a \\| b", "~~s~~", "www.x.org", ""]
    let aligns = ["---", ":--", ":-:", "--:"]
    for (i, first) in cells.enumerated() {
      for (j, second) in cells.enumerated() where (i + j) % 2 == 0 {
        cases.append(
          "| \(first) | \(second) |\n|\(aligns[i % 4])|\(aligns[j % 4])|\n| \(second) | \(first) |\n")
      }
    }
    // Strikethrough and autolinks around every kind of neighbour.
    for neighbour in ["*e*", "`c`", "[l](u)", "**s**", "_u_", "x", "(", ")", ".", "'"] {
      cases.append("~~\(neighbour)~~ and ~\(neighbour)~")
      if neighbour != "_u_" { cases.append("\(neighbour)~~mid~~\(neighbour)") }
      cases.append("\(neighbour) www.example.com \(neighbour)https://a.b/c \(neighbour) me@x.io \(neighbour)")
    }
    for neighbour in ["x", "(", ")", ".", "'", ","] {
      cases.append("\(neighbour) www.example.com\(neighbour) https://a.b/c\(neighbour) me@x.io\(neighbour)")
    }
    for container in ["> ", "- ", "1. "] {
      cases.append(
        "\(container)| a | b |\n\(String(repeating: " ", count: container == "> " ? 0 : container.count))\(container == "> " ? "> " : "")|---|---|\n"
      )
    }
    return cases
  }()

  /// Where demarc knowingly differs from cmark-gfm, and why. cmark-gfm finds autolinks while it
  /// reads the raw characters, so a link runs on over markup or an entity written right after it;
  /// demarc finds them in cmark's finished text, so the link ends where the markup starts. The
  /// test checks these still differ, so a change in either is noticed.
  static let knownDifferences = [
    "www.example.com*e*", "https://a.b/c`c`", "https://x.org&amp;",
    "- [ ] \n",  // cmark drops the trailing space before demarc sees `[ ]`
    "_u_~~mid~~_u_",
  ]

  static func reference(_ input: String, oracle: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: oracle)
    process.arguments = ["-e", "table", "-e", "strikethrough", "-e", "tasklist", "-e", "autolink"]
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: output, as: UTF8.self)
  }

  @Test(.enabled(if: GitHubDifferentialTests.oracle != nil))
  func theExtensionsRenderAsCmarkGFMDoes() throws {
    let oracle = try #require(Self.oracle)
    var mismatches: [String] = []
    for input in Self.inputs {
      let expected = try Self.reference(input, oracle: oracle)
      let actual = HTMLRenderer().render(MarkdownParser.parse(input, extensions: Self.extensions))
      if actual != expected {
        mismatches.append(
          "input: \(input.debugDescription)\nexpected: \(expected.debugDescription)\nactual:   \(actual.debugDescription)"
        )
      }
    }
    #expect(Self.inputs.count > 100)
    for input in Self.knownDifferences {
      let expected = try Self.reference(input, oracle: oracle)
      let actual = HTMLRenderer().render(MarkdownParser.parse(input, extensions: Self.extensions))
      #expect(
        actual != expected, "now the same as cmark-gfm: \(input.debugDescription); move it to the inputs")
    }
    #expect(
      mismatches.isEmpty,
      "\(mismatches.count) of \(Self.inputs.count) differ:\n\(mismatches.joined(separator: "\n\n"))")
  }

  /// CommonMark built from pieces: every inline form inside every block form. With no extension on,
  /// demarc must equal cmark; with all of them on, cmark-gfm (so turning GitHub's extensions on
  /// never changes plain CommonMark).
  static let commonMark: [String] = {
    let inlines = [
      "plain words", "*em* and _em_", "**strong** __strong__", "`code` and ``co`de``", "[link](a.md \"t\")",
      "![img](i.png)", "<https://x.org>", "a\\*b\\*", "&amp; &copy; &#65;", "line  \nbreak", "<b>raw</b>",
      "[ref]", "***both***", "x_y_z", "a * b * c", "trailing\\", "[a]: not-a-def", "1) not", "# not",
    ]
    let blocks: [(String) -> String] = [
      { "\($0)\n" }, { "# \($0)\n" }, { "\($0)\n===\n" }, { "> \($0)\n" }, { "- \($0)\n- second\n" },
      { "1. \($0)\n\n2. loose\n" }, { "    \($0)\n" }, { "```\n\($0)\n```\n" }, { "> - \($0)\n>   more\n" },
      { "- a\n\n  \($0)\n" }, { "Para\n\($0)\n\n---\n" },
    ]
    var cases: [String] = []
    for inline in inlines {
      for block in blocks { cases.append(block(inline) + "\n[ref]: /url\n") }
    }
    return cases
  }()

  @Test func commonMarkIsUnchangedWithAndWithoutTheExtensions() throws {
    var plainMismatches: [String] = []
    var gfmMismatches: [String] = []
    for input in Self.commonMark {
      if HTMLRenderer().render(MarkdownParser.parse(input)) != MarkdownParser.referenceHTML(input) {
        plainMismatches.append(input)
      }
      if let oracle = Self.oracle,
        HTMLRenderer().render(MarkdownParser.parse(input, extensions: Self.extensions))
          != (try Self.reference(input, oracle: oracle))
      {
        gfmMismatches.append(input)
      }
    }
    #expect(Self.commonMark.count > 200)
    #expect(
      plainMismatches.isEmpty,
      "against cmark: \(plainMismatches.count) of \(Self.commonMark.count): \(plainMismatches)")
    #expect(
      gfmMismatches.isEmpty,
      "against cmark-gfm: \(gfmMismatches.count) of \(Self.commonMark.count): \(gfmMismatches)")
  }

  @Test func everyExtensionCanBeTurnedOff() {
    let input = "| a |\n|---|\n| b |\n\n~~x~~ www.x.org\n\n- [ ] t\n\n> [!NOTE]\n> n\n"
    let plain = HTMLRenderer().render(MarkdownParser.parse(input))
    #expect(plain == MarkdownParser.referenceHTML(input), "with none on, the output is cmark's")
    let all = HTMLRenderer().render(MarkdownParser.parse(input, extensions: .github))
    for marker in [
      "<table>", "<del>", "<a href=\"http://www.x.org\">", "type=\"checkbox\"", "markdown-alert-note",
    ] {
      #expect(all.contains(marker), "\(marker)")
      #expect(!plain.contains(marker))
    }
  }

  @Test(arguments: AlertKind.allCases)
  func alertsBecomeCallouts(_ kind: AlertKind) {
    let input = "> [!\(kind.rawValue.uppercased())]\n> Some *text*.\n>\n> More.\n"
    let html = HTMLRenderer().render(MarkdownParser.parse(input, extensions: .github))
    #expect(
      html == "<div class=\"markdown-alert markdown-alert-\(kind.rawValue)\" role=\"note\">\n"
        + "<p class=\"markdown-alert-title\">\(kind.title)</p>\n<p>Some <em>text</em>.</p>\n<p>More.</p>\n</div>\n"
    )
  }

  @Test func aQuoteThatOnlyMentionsAnAlertStaysAQuote() {
    for input in ["> [!NOTE] inline text\n", "> Text [!NOTE]\n", "> [!UNKNOWN]\n> x\n"] {
      let html = HTMLRenderer().render(MarkdownParser.parse(input, extensions: .github))
      #expect(html.hasPrefix("<blockquote>"), "\(input)")
    }
  }

  @Test func tableCellsKeepTheirFilePositions() {
    let document = MarkdownParser.parse(
      "Intro\n| a | [x](y.md) |\n|---|---|\n| 1 | [z](w.md) |\n", extensions: .github)
    var links: [MarkdownPoint] = []
    document.forEach { node in if case .link = node.kind { links.append(node.start) } }
    #expect(links == [MarkdownPoint(line: 2, column: 7), MarkdownPoint(line: 4, column: 7)])
  }
}
