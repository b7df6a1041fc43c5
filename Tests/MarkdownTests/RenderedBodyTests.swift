import Testing

@testable import Markdown

/// A body filled with other ids, links and code-block HTML is what rendering the tree with them
/// writes: the one-page view relies on it instead of rendering every page twice.
@Suite struct RenderedBodyTests {
  static let source = """
    # Title

    See [the guide](guide.html#set-up "Guide") and ![a chart](img/chart.png), then
    [a link & more](https://example.com/?a=1&b=2).

    ## Set up

    ```demarc
    table: x
    ```

    ```swift
    let x = 1
    ```

    ### Done
    """

  static func render(
    _ document: MarkdownDocument, ids: NumberedStrings, destinations: NumberedStrings, block: String
  )
    -> String
  {
    HTMLRenderer(options: .init(headingAnchors: true)).render(
      document, rewrites: .init(destinations: destinations, headingIDs: ids)
    ) { info, _, _ in info == "demarc" ? block : nil }
  }

  @Test func fillingWithOtherValuesEqualsRenderingWithThem() {
    let document = MarkdownParser.parse(Self.source, extensions: .github)
    let ids: NumberedStrings = [0: "title", 1: "set-up", 2: "done"]
    let renderer = HTMLRenderer(options: .init(headingAnchors: true))
    let body = renderer.renderBody(document, rewrites: .init(headingIDs: ids)) { info, _, _ in
      info == "demarc" ? "<table>site</table>" : nil
    }
    #expect(body.html == Self.render(document, ids: ids, destinations: [:], block: "<table>site</table>"))
    #expect(body.slots.count == 3 * 2 + 3 + 1, "two places per heading, three links, one block")
    // Every value changed, escaping included, and a block drawn without a line end.
    let mapped: NumberedStrings = [0: "page--title", 1: "page--set-up & \"more\"", 2: "page--done"]
    let filled = body.filled(
      headingID: { mapped[$0] ?? "" }, link: { _, target in "handbook.html#" + target },
      codeBlock: { _ in "<table>view</table>" })
    var destinations: NumberedStrings = [:]
    for (number, target) in ["guide.html#set-up", "img/chart.png", "https://example.com/?a=1&b=2"]
      .enumerated()
    {
      destinations[number] = "handbook.html#" + target
    }
    #expect(
      filled == Self.render(document, ids: mapped, destinations: destinations, block: "<table>view</table>"))
    // Nothing changed, nothing moves.
    #expect(body.filled(headingID: { ids[$0] ?? "" }, link: { $1 }, codeBlock: { _ in nil }) == body.html)
  }

  /// A link the view maps to a dangerous URL is dropped, as the renderer drops it.
  @Test func aDangerousMappedLinkIsDropped() {
    let document = MarkdownParser.parse("[x](a.html)\n", extensions: .github)
    let body = HTMLRenderer().renderBody(document)
    #expect(
      body.filled(headingID: { _ in "" }, link: { _, _ in "javascript:alert(1)" }, codeBlock: { _ in nil })
        == "<p><a href=\"\">x</a></p>\n")
  }
}
