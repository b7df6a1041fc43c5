/// Renders a ``MarkdownDocument`` to HTML.
///
/// The output matches cmark's own `cmark_render_html` byte for byte (tests hold it to that), plus
/// what cmark cannot do: heading `id`s, and code blocks handed to the caller (for generated tables).
/// Raw HTML is replaced by a comment unless ``Options/allowRawHTML`` is set, and `javascript:`,
/// `vbscript:`, `file:` and non-image `data:` URLs become empty, as in cmark's safe mode.
public struct HTMLRenderer: Sendable {
  public struct Options: Hashable, Sendable {
    public var allowRawHTML: Bool
    /// Adds a `#` link to each heading that has an id, so readers can copy a link to a section.
    public var headingAnchors: Bool
    /// Gives each task-list checkbox an accessible name ("Done", "Not done"). cmark-gfm writes none,
    /// which accessibility checkers rightly flag; off, the markup is cmark-gfm's exactly.
    public var labelledTaskBoxes: Bool
    /// Colours code blocks in the languages ``SyntaxHighlighter`` knows, at build time.
    public var highlightCode: Bool

    public init(
      allowRawHTML: Bool = false, headingAnchors: Bool = false, labelledTaskBoxes: Bool = false,
      highlightCode: Bool = false
    ) {
      self.allowRawHTML = allowRawHTML
      self.headingAnchors = headingAnchors
      self.labelledTaskBoxes = labelledTaskBoxes
      self.highlightCode = highlightCode
    }
  }

  /// Returns the HTML for a fenced code block, or nil to render it as an ordinary code block.
  public typealias CodeBlockHandler = (_ info: String, _ literal: String, _ start: MarkdownPoint) -> String?

  public var options: Options
  /// Per-document replacements applied while writing, so that resolving links and assigning
  /// heading ids never has to copy the tree (copying every page's tree twice showed in profiles).
  ///
  /// Nodes are numbered in document order, parents before children: the n-th link or image, the
  /// n-th heading. ``MarkdownDocument/forEach(_:)`` visits them in the same order.
  public struct Rewrites: Hashable, Sendable {
    /// New destinations for links and images, by their number among the document's links and images.
    public var destinations: NumberedStrings
    /// Ids for headings, by their number among the document's headings.
    public var headingIDs: NumberedStrings

    public init(destinations: NumberedStrings = [:], headingIDs: NumberedStrings = [:]) {
      self.destinations = destinations
      self.headingIDs = headingIDs
    }
  }

  public init(options: Options = Options()) { self.options = options }

  public func render(
    _ document: MarkdownDocument, rewrites: Rewrites = Rewrites(), codeBlocks: CodeBlockHandler? = nil
  ) -> String {
    var output = HTMLOutput()
    output.rewrites = rewrites
    render(document.root, tight: false, into: &output, codeBlocks: codeBlocks)
    return output.text
  }

  /// ``render(_:rewrites:codeBlocks:)`` with where each heading id, link destination and handed-over
  /// code block was written, so another view of the page can write its own values there.
  public func renderBody(
    _ document: MarkdownDocument, rewrites: Rewrites = Rewrites(), codeBlocks: CodeBlockHandler? = nil
  ) -> RenderedBody {
    var output = HTMLOutput()
    output.rewrites = rewrites
    output.slots = []
    render(document.root, tight: false, into: &output, codeBlocks: codeBlocks)
    return RenderedBody(html: output.text, slots: output.slots ?? [])
  }

  private func render(
    _ node: MarkdownNode, tight: Bool, into out: inout HTMLOutput, codeBlocks: CodeBlockHandler?
  ) {
    func children(tight: Bool = false) {
      for index in node.children.indices {
        render(node.children[index], tight: tight, into: &out, codeBlocks: codeBlocks)
      }
    }
    switch node.kind {
    case .document:
      children()
    case .blockQuote:
      out.newline()
      out.append("<blockquote>\n")
      children()
      out.newline()
      out.append("</blockquote>\n")
    case .list(let ordered, let start, let isTight):
      out.newline()
      if ordered {
        out.append(start == 1 ? "<ol>\n" : "<ol start=\"\(start)\">\n")
      } else {
        out.append("<ul>\n")
      }
      for index in node.children.indices {
        render(node.children[index], tight: isTight, into: &out, codeBlocks: codeBlocks)
      }
      out.append(ordered ? "</ol>\n" : "</ul>\n")
    case .item:
      out.newline()
      out.append("<li>")
      children(tight: tight)
      out.append("</li>\n")
    case .heading(let level):
      let number = out.nextHeading()
      let id = out.rewrites.headingIDs[number]
      out.newline()
      if let id {
        out.append("<h\(level) id=\"")
        let start = out.position
        out.appendEscaped(id)
        out.slot(from: start, .headingID(number))
        out.append("\">")
      } else {
        out.append("<h\(level)>")
      }
      children()
      if let id, options.headingAnchors {
        out.append(" <a class=\"heading-anchor\" href=\"#")
        let start = out.position
        out.appendEscaped(id)
        out.slot(from: start, .headingID(number))
        out.append("\" aria-label=\"Link to this section\">#</a>")
      }
      out.append("</h\(level)>\n")
    case .codeBlock(let info, let literal):
      out.newline()
      if let custom = codeBlocks?(info, literal, node.start) {
        let start = out.position
        out.append(custom)
        out.newline()
        out.slot(from: start, .codeBlock(node.start))
        return
      }
      let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
      if language.isEmpty {
        out.append("<pre><code>")
      } else {
        out.append("<pre><code class=\"language-")
        out.appendEscaped(language)
        out.append("\">")
      }
      if options.highlightCode, let highlighted = SyntaxHighlighter.highlight(literal, language: language) {
        out.append(highlighted)
      } else {
        out.appendEscaped(literal)
      }
      out.append("</code></pre>\n")
    case .htmlBlock(let literal):
      out.newline()
      out.append(options.allowRawHTML ? literal : "<!-- raw HTML omitted -->")
      out.newline()
    case .thematicBreak:
      out.newline()
      out.append("<hr />\n")
    case .paragraph:
      if tight {
        children()
      } else {
        out.newline()
        out.append("<p>")
        children()
        out.append("</p>\n")
      }
    case .text(let literal):
      out.appendEscaped(literal)
    case .softBreak:
      out.append("\n")
    case .lineBreak:
      out.append("<br />\n")
    case .code(let literal):
      out.append("<code>")
      out.appendEscaped(literal)
      out.append("</code>")
    case .htmlInline(let literal):
      out.append(options.allowRawHTML ? literal : "<!-- raw HTML omitted -->")
    case .emphasis:
      out.append("<em>")
      children()
      out.append("</em>")
    case .strong:
      out.append("<strong>")
      children()
      out.append("</strong>")
    case .link(let destination, let title):
      out.append("<a href=\"")
      let number = out.nextLink()
      let target = out.rewrites.destinations[number] ?? destination
      let start = out.position
      if !URLSafety.isDangerous(target) { out.appendHref(target) }
      out.slot(from: start, .link(number, target: target))
      out.append("\"")
      if !title.isEmpty {
        out.append(" title=\"")
        out.appendEscaped(title)
        out.append("\"")
      }
      out.append(">")
      children()
      out.append("</a>")
    case .table(let alignments):
      // cmark-gfm's table markup, byte for byte: a head for the first row, a body for the rest.
      out.newline()
      out.append("<table>\n")
      for (index, row) in node.children.enumerated() {
        if index == 0 { out.append("<thead>\n") }
        if index == 1 { out.append("<tbody>\n") }
        out.append("<tr>\n")
        let tag = index == 0 ? "th" : "td"
        for (column, cell) in row.children.enumerated() {
          let alignment = column < alignments.count ? alignments[column] : .none
          out.append(alignment == .none ? "<\(tag)>" : "<\(tag) align=\"\(alignment.rawValue)\">")
          for index in cell.children.indices {
            render(cell.children[index], tight: false, into: &out, codeBlocks: codeBlocks)
          }
          out.append("</\(tag)>\n")
        }
        out.append("</tr>\n")
        if index == 0 { out.append("</thead>\n") }
      }
      if node.children.count > 1 { out.append("</tbody>\n") }
      out.append("</table>\n")
    case .tableRow, .tableCell:
      children()  // drawn by their table, which knows each column's alignment
    case .strikethrough:
      out.append("<del>")
      children()
      out.append("</del>")
    case .taskItem(let checked):
      // As cmark-gfm: the checkbox right after `<li>`, before a loose item's paragraph too.
      out.newline()
      out.append("<li>")
      let label =
        options.labelledTaskBoxes ? (checked ? " aria-label=\"Done\"" : " aria-label=\"Not done\"") : ""
      out.append(
        checked
          ? "<input type=\"checkbox\" checked=\"\" disabled=\"\"\(label) /> "
          : "<input type=\"checkbox\" disabled=\"\"\(label) /> ")
      children(tight: tight)
      out.append("</li>\n")
    case .alert(let kind):
      // GitHub's own class names, so styles written for GitHub's alerts apply too.
      out.newline()
      out.append("<div class=\"markdown-alert markdown-alert-\(kind.rawValue)\" role=\"note\">\n")
      out.append("<p class=\"markdown-alert-title\">\(kind.title)</p>\n")
      children()
      out.newline()
      out.append("</div>\n")
    case .image(let source, let title):
      out.append("<img src=\"")
      let number = out.nextLink()
      let target = out.rewrites.destinations[number] ?? source
      let start = out.position
      if !URLSafety.isDangerous(target) { out.appendHref(target) }
      out.slot(from: start, .link(number, target: target))
      out.append("\" alt=\"")
      out.appendEscaped(node.plainText)
      out.append("\"")
      if !title.isEmpty {
        out.append(" title=\"")
        out.appendEscaped(title)
        out.append("\"")
      }
      out.append(" />")
    }
  }
}
