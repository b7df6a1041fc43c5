import Markdown
import Testing

@testable import SiteBuild

/// The handbook reuses each page's rendered body, so the rewriter must change exactly the ids and
/// links demarc generated and never the text a page shows.
@Suite struct HTMLAttributeRewriterTests {
  private let rewriter = HTMLAttributeRewriter(
    id: { "p--" + $0 },
    link: { $0.hasPrefix("#") ? "#p--" + $0.dropFirst() : "[" + $0 + "]" })

  @Test func rewritesIdsLinksLabelsAndFragmentReferences() {
    let html = """
      <h2 id="intro">Intro</h2><a href="#intro">a</a><img src="x.png" alt="x">\
      <svg aria-labelledby="t d"><rect fill="url(#hatch)"/></svg>
      """
    #expect(
      rewriter.rewrite(html) == """
        <h2 id="p--intro">Intro</h2><a href="#p--intro">a</a><img src="[x.png]" alt="x">\
        <svg aria-labelledby="p--t p--d"><rect fill="url(#p--hatch)"/></svg>
        """)
  }

  @Test func leavesProseAndCodeThatLookLikeAttributesAlone() {
    let markdown = """
      Set `fill: url(#grad)` and write id="x" or href="y" in prose.

      ```html
      <a id="top" href="#top">top</a>
      ```
      """
    let body = HTMLRenderer().render(MarkdownParser.parse(markdown))
    #expect(rewriter.rewrite(body) == body)
  }

  @Test func collectsEveryIdInABody() {
    let html = #"<h2 id="a">A</h2><p>id="not-an-id"</p><div id="b"></div>"#
    #expect(HTMLAttributeRewriter.ids(in: html) == ["a", "b"])
  }

  @Test func keepsAnUnterminatedValueUnchanged() {
    let html = #"<p>tail <a href="open"#
    #expect(rewriter.rewrite(html) == html)
  }
}
