import Ccmark

/// Parses CommonMark with libcmark and copies the result into a ``MarkdownDocument``.
///
/// This type is the project's only contact with the C library: every `cmark_node` it sees is read
/// inside `parse` and freed before it returns.
public enum MarkdownParser {
  /// How deep blocks and inlines may nest before the rest is flattened to text.
  ///
  /// cmark itself copes with thousands of levels, but walking, rendering and freeing a value tree
  /// recurses; a fixed cap keeps stack use bounded on any thread for hostile input such as 10,000
  /// nested block quotes.
  public static let maximumDepth = 96

  /// Parses `text`. Never fails: CommonMark gives every input a meaning.
  public static func parse(_ text: String) -> MarkdownDocument {
    let empty = MarkdownDocument(root: MarkdownNode(.document, start: MarkdownPoint(line: 1, column: 1)))
    var text = text
    return text.withUTF8 { bytes in
      let options = CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8
      guard let base = bytes.baseAddress, bytes.count > 0,
        let root = cmark_parse_document(
          UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), bytes.count, options)
      else { return empty }
      defer { cmark_node_free(root) }
      var converter = Converter()
      let tree = converter.convert(root, depth: 0)
      return MarkdownDocument(root: tree, flattenedAt: converter.flattenedAt)
    }
  }

  /// Renders `text` with cmark's own HTML renderer, in safe mode. Tests use it to prove that
  /// ``HTMLRenderer`` matches cmark byte for byte on ordinary content.
  public static func referenceHTML(_ text: String, allowRawHTML: Bool = false) -> String {
    var text = text
    return text.withUTF8 { bytes in
      let options = allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
      guard let base = bytes.baseAddress, bytes.count > 0,
        let html = cmark_markdown_to_html(
          UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), bytes.count, options)
      else { return "" }
      defer { free(html) }
      return String(cString: html)
    }
  }
}

/// Walks a cmark tree once and builds the Swift tree; private so no pointer escapes the module.
private struct Converter {
  var flattenedAt: [MarkdownPoint] = []

  mutating func convert(_ node: OpaquePointer, depth: Int) -> MarkdownNode {
    let start = MarkdownPoint(
      line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
    if depth >= MarkdownParser.maximumDepth {
      flattenedAt.append(start)
      return flatten(node, start: start)
    }
    var children: [MarkdownNode] = []
    var child = cmark_node_first_child(node)
    while let current = child {
      children.append(convert(current, depth: depth + 1))
      child = cmark_node_next(current)
    }
    return MarkdownNode(kind(of: node), children: children, start: start)
  }

  /// Collects the text under `node` with cmark's own iterator (no recursion) into one text node,
  /// wrapped in a paragraph when `node` is a block so the HTML stays well-formed.
  private func flatten(_ node: OpaquePointer, start: MarkdownPoint) -> MarkdownNode {
    var text = ""
    let iterator = cmark_iter_new(node)
    defer { cmark_iter_free(iterator) }
    while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
      guard let current = cmark_iter_get_node(iterator),
        cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER
      else { continue }
      switch cmark_node_get_type(current) {
      case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK: text += literal(current)
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
      case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING: if !text.isEmpty && !text.hasSuffix(" ") { text += " " }
      default: break
      }
    }
    let textNode = MarkdownNode(.text(text), start: start)
    let type = cmark_node_get_type(node)
    let isInline = type.rawValue >= CMARK_NODE_FIRST_INLINE.rawValue
    return isInline ? textNode : MarkdownNode(.paragraph, children: [textNode], start: start)
  }

  private func kind(of node: OpaquePointer) -> MarkdownNode.Kind {
    switch cmark_node_get_type(node) {
    case CMARK_NODE_DOCUMENT: .document
    case CMARK_NODE_BLOCK_QUOTE: .blockQuote
    case CMARK_NODE_LIST:
      .list(
        ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
        start: Int(cmark_node_get_list_start(node)), tight: cmark_node_get_list_tight(node) != 0)
    case CMARK_NODE_ITEM: .item
    case CMARK_NODE_CODE_BLOCK:
      .codeBlock(info: string(cmark_node_get_fence_info(node)), literal: literal(node))
    case CMARK_NODE_HTML_BLOCK: .htmlBlock(literal(node))
    case CMARK_NODE_PARAGRAPH: .paragraph
    case CMARK_NODE_HEADING: .heading(level: Int(cmark_node_get_heading_level(node)))
    case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
    case CMARK_NODE_TEXT: .text(literal(node))
    case CMARK_NODE_SOFTBREAK: .softBreak
    case CMARK_NODE_LINEBREAK: .lineBreak
    case CMARK_NODE_CODE: .code(literal(node))
    case CMARK_NODE_HTML_INLINE: .htmlInline(literal(node))
    case CMARK_NODE_EMPH: .emphasis
    case CMARK_NODE_STRONG: .strong
    case CMARK_NODE_LINK:
      .link(destination: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
    case CMARK_NODE_IMAGE:
      .image(source: string(cmark_node_get_url(node)), title: string(cmark_node_get_title(node)))
    default: .text(literal(node))  // custom blocks and inlines: cmark's parser never makes them
    }
  }

  private func literal(_ node: OpaquePointer) -> String { string(cmark_node_get_literal(node)) }

  private func string(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }
}
