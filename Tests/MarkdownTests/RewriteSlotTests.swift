import Markdown
import Testing

/// The numbering callers key rewrites by is the renderer's own: a rewrite set through
/// ``MarkdownDocument/forEachNumbered(_:)`` lands on the node it was meant for.
@Suite struct RewriteSlotTests {
  /// Each link's and heading's slot, rewritten to a value that names it, must come out in its place.
  @Test(arguments: [
    "# One\n\n[a](a.md) then [b](b.md)\n\n## Two\n",
    // cmark keeps a link inside an image's description as a node, but the renderer writes the
    // description as alt text only, so that link must take no number.
    "![see [x](x.md)](img.png) and [y](y.md)\n\n# After\n",
    "| [t](t.md) | ![i](i.png) |\n| --- | --- |\n| [u](u.md) | [v](v.md) |\n",
    "> [!NOTE]\n> [q](q.md)\n\n- [ ] [task](task.md)\n",
  ])
  func rewritesLandOnTheirNodes(_ markdown: String) {
    let document = MarkdownParser.parse(markdown, extensions: .github)
    var rewrites = HTMLRenderer.Rewrites()
    var expected: [String] = []
    document.forEachNumbered { node, slot in
      switch (node.kind, slot) {
      case (.link(let destination, _), .link(let number)), (.image(let destination, _), .link(let number)):
        rewrites.destinations[number] = "R-" + destination
        expected.append("\"R-\(destination)\"")
      case (.heading, .heading(let number)):
        rewrites.headingIDs[number] = "h\(number)"
        expected.append("id=\"h\(number)\"")
      default: break
      }
    }
    #expect(!expected.isEmpty)
    let html = HTMLRenderer().render(document, rewrites: rewrites)
    for value in expected { #expect(html.contains(value), "\(value) missing from \(html)") }
    // No link or image is left with its original destination.
    #expect(
      !html.contains("href=\"a.md\"") && !html.contains("href=\"y.md\"") && !html.contains("src=\"i.png\""))
  }
}
