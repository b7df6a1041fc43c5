import Markdown
import Testing

@Suite struct MarkdownParserTests {
  @Test func positionsAreTheFilesLinesAndColumns() {
    // Three blank lines stand where front matter was, so the heading is on line 4.
    let document = MarkdownParser.parse("\n\n\n# Title\n\nSee [x](y.md).\n")
    var headingStart: MarkdownPoint?
    var linkStart: MarkdownPoint?
    document.forEach { node in
      if case .heading = node.kind { headingStart = node.start }
      if case .link = node.kind { linkStart = node.start }
    }
    #expect(headingStart == MarkdownPoint(line: 4, column: 1))
    #expect(linkStart == MarkdownPoint(line: 6, column: 5))
  }

  @Test func deepNestingIsFlattenedNotFatal() {
    let quotes = String(repeating: ">", count: 10_000) + " deep\n"
    let lists = String(repeating: "- ", count: 10_000) + "item\n"
    for text in [quotes, lists] {
      let document = MarkdownParser.parse(text)
      #expect(!document.flattenedAt.isEmpty)
      let html = HTMLRenderer().render(document)
      #expect(html.contains("deep") || html.contains("item"))
    }
  }

  @Test func plainTextDropsMarkup() {
    let document = MarkdownParser.parse("# A *b* `c` [d](e)\n")
    #expect(document.root.children.first?.plainText == "A b c d")
  }
}

@Suite struct HeadingSluggerTests {
  /// What GitHub gives each heading (github.com's rendering of a README with these headings).
  @Test(arguments: [
    ("Who secures what?", "who-secures-what"),
    ("  Security OF the cloud  ", "security-of-the-cloud"),
    ("What's new?", "whats-new"),
    ("v1.2.3", "v123"),
    ("A & B", "a--b"),
    ("EC2 → RDS", "ec2--rds"),
    ("Q&A", "qa"),
    ("C++", "c"),
    ("--flag", "--flag"),
    ("snake_case name", "snake_case-name"),
    ("1. Intro", "1-intro"),
    ("API (v2)", "api-v2"),
    ("😄 Emoji", "-emoji"),
    ("Über Straße", "über-straße"),
    ("日本語の見出し", "日本語の見出し"),
    ("Café ☕", "café-"),
    ("???", "section"),
  ])
  func slugs(_ text: String, _ expected: String) {
    #expect(HeadingSlugger.slug(text) == expected)
  }

  /// ASCII text takes a byte path; a trailing no-break space (Unicode whitespace, trimmed) sends the
  /// same text down the Unicode path, and both must agree on every printable ASCII character.
  @Test func theASCIIPathAgreesWithTheUnicodeOne() {
    var texts = (0x20..<0x7F).map { "a\(Character(UnicodeScalar(UInt8($0))))B " }
    texts += ["\tTabs\tinside\t", "  ", "", "Mixed CASE_and-dashes 42", "\r\nLines\r\n"]
    for text in texts {
      #expect(HeadingSlugger.slug(text) == HeadingSlugger.slug(text + "\u{00A0}"), "\(text.debugDescription)")
    }
  }

  @Test func repeatedHeadingsGetNumberedAndAvoidReservedIDs() {
    var slugger = HeadingSlugger(reserved: ["facts"])
    #expect(slugger.uniqueID(for: "Set up") == "set-up")
    #expect(slugger.uniqueID(for: "Set up") == "set-up-1")
    #expect(slugger.uniqueID(for: "Set up 1") == "set-up-1-1")
    #expect(slugger.uniqueID(for: "Facts") == "facts-1")
  }
}

@Suite struct URLSafetyTests {
  @Test(arguments: [
    "javascript:alert(1)", " JAVASCRIPT:x", "vbscript:x", "file:///etc/passwd", "data:text/html,x",
    "\n\t VbScript:x", "FILE:x", "Data:application/x", "\tjavascript:x",
  ])
  func dangerous(_ url: String) { #expect(URLSafety.isDangerous(url)) }

  @Test(arguments: [
    "https://x", "mailto:a@b", "data:image/png;base64,AA", "page.html#javascript:", "", "   ", "d",
    "docs/a.html",
    "\r\njavascript:x", "\u{A0}javascript:x", "ｊavascript:x", "j\u{301}avascript:x",
  ])
  func safe(_ url: String) { #expect(!URLSafety.isDangerous(url)) }
}
