import Markdown
import Testing

/// The renderer must match cmark's own HTML byte for byte, so that demarc's output is what any
/// CommonMark user expects; demarc only adds heading ids and code-block hooks on top.
@Suite struct HTMLRendererTests {
  static let samples: [String] = [
    "# Title\n\nA paragraph with *emphasis*, **strong**, `code` and a [link](https://example.com \"Title\").\n",
    "Setext\n======\n\nSub\n---\n\n***\n\n    indented code\n    < & >\n",
    "- tight\n- list\n\n1. loose\n\n2. list\n\n3) three\n",
    "7. starts at seven\n8. eight\n\n- nested\n  - deeper\n    - deepest\n",
    "> quote\n> > nested quote\n\n> - list in quote\n",
    "```swift extra words\nlet a = \"<b>\" && b\n```\n\n~~~\nplain\n~~~\n",
    "Hard  \nbreak and\\\nbackslash break.\nSoft break.\n",
    "Entities: &amp; &copy; &#35; &lt;tag&gt; \\*escaped\\* \"quotes\" 'single'\n",
    "<div>\n*raw* block\n</div>\n\nInline <span class=\"x\">html</span> here.\n",
    "[ref] and [other][ref] and ![image](/img.png \"Img title\") and ![alt *emph*][ref]\n\n[ref]: /url 'T'\n",
    "<https://auto.link/path?q=1&r=2> and <mail@example.com>\n",
    "[spaces](<a b.md>) [unicode](é.md) [brackets](a[1].md) [quote](a'b\".md) [percent](100%25.md)\n",
    "[js](javascript:alert(1)) [JS](JaVaScRiPt:x) [vb](vbscript:x) [file](file:///etc/passwd)\n",
    "![png](data:image/png;base64,AAA) [html](data:text/html;base64,AAA)\n",
    "-\n- \n1.\n\n|not|a|table|\n",
    "",
  ]

  @Test(arguments: samples)
  func matchesCmarkInSafeMode(_ markdown: String) {
    let ours = HTMLRenderer().render(MarkdownParser.parse(markdown))
    #expect(ours == MarkdownParser.referenceHTML(markdown))
  }

  /// With raw HTML allowed, cmark also lets `javascript:` links through; demarc never does, so those
  /// samples are left out here and covered by ``dangerousURLsStayEmptyEvenWithRawHTML()``.
  @Test(arguments: samples.filter { !$0.contains("javascript:") && !$0.contains("data:") })
  func matchesCmarkWithRawHTMLAllowed(_ markdown: String) {
    let ours = HTMLRenderer(options: .init(allowRawHTML: true)).render(MarkdownParser.parse(markdown))
    #expect(ours == MarkdownParser.referenceHTML(markdown, allowRawHTML: true))
  }

  @Test func dangerousURLsStayEmptyEvenWithRawHTML() {
    let html = HTMLRenderer(options: .init(allowRawHTML: true)).render(
      MarkdownParser.parse("[a](javascript:x) ![b](data:text/html,x)\n"))
    #expect(html == "<p><a href=\"\">a</a> <img src=\"\" alt=\"b\" /></p>\n")
  }

  @Test func rawHTMLIsDroppedByDefault() {
    let html = HTMLRenderer().render(
      MarkdownParser.parse("<script>alert(1)</script>\n\nText <img src=x onerror=alert(1)>\n"))
    #expect(!html.contains("<script"))
    #expect(!html.contains("onerror"))
    #expect(html.contains("<!-- raw HTML omitted -->"))
  }

  @Test func headingIDsAndCodeBlockHooksAreRendered() {
    let document = MarkdownParser.parse("## Hello \"World\"\n\n```demarc matrix\nrows: layers\n```\n")
    let rewrites = HTMLRenderer.Rewrites(headingIDs: [0: "hello-world"])
    let html = HTMLRenderer().render(document, rewrites: rewrites) { info, literal, start in
      info == "demarc matrix" ? "<table data-line=\"\(start.line)\">\(literal.count)</table>" : nil
    }
    #expect(
      html == "<h2 id=\"hello-world\">Hello &quot;World&quot;</h2>\n<table data-line=\"3\">13</table>\n")
  }
}
