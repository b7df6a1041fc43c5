import Ccmark
import Diagnostics

#if canImport(Glibc)
  import Glibc
#endif

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
  ///
  /// - Parameter extensions: the GitHub extensions to apply on cmark's tree; none by default, so
  ///   the result is exactly cmark's.
  public static func parse(_ text: String, extensions: MarkdownExtensions = .none) -> MarkdownDocument {
    var text = text
    return text.withUTF8 { parse(utf8: $0, extensions: extensions) }
  }

  /// ``parse(_:extensions:)`` on text given as UTF-8 bytes, valid UTF-8 with `\n` line ends (cmark
  /// replaces any invalid byte), without making a string of them first.
  public static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, extensions: MarkdownExtensions = .none)
    -> MarkdownDocument
  {
    let empty = MarkdownDocument(root: MarkdownNode(.document, start: MarkdownPoint(line: 1, column: 1)))
    let document: MarkdownDocument
    if let root = cmarkParse(bytes) {
      defer { cmark_node_free(root) }
      // The lines are found only for a text that holds a `|`: without one it has no table.
      let mayHoldTable = extensions.tables && UTF8Bytes.contains(UInt8(ascii: "|"), in: bytes)
      var converter = Converter(source: mayHoldTable ? SourceLines(bytes) : nil)
      let tree = converter.convert(root, depth: 0)
      document = MarkdownDocument(root: tree, flattenedAt: converter.flattenedAt)
    } else {
      document = empty
    }
    return GitHubInlines(extensions).apply(to: consume document)
  }

  /// cmark's tree for `bytes`, with source positions; the caller frees it.
  fileprivate static func cmarkParse(_ bytes: UnsafeBufferPointer<UInt8>) -> OpaquePointer? {
    guard let base = bytes.baseAddress, bytes.count > 0 else { return nil }
    return cmark_parse_document(
      UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), bytes.count,
      CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8)
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

/// The lines of the source, by number, for the pipe-table reader (cmark keeps no raw text).
///
/// It holds the parse's own bytes (valid while ``MarkdownParser/parse(_:extensions:)`` runs) and
/// where each line starts, found with one byte scan; a line becomes a string only when a paragraph
/// that might be a table asks for it.
private struct SourceLines {
  let bytes: UnsafeBufferPointer<UInt8>
  /// The offset of each line's first byte; one more entry marks the end.
  let starts: [Int]

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    var starts = [0]
    // Line feeds by `memchr`, not byte by byte: every page with a `|` is scanned.
    if let base = bytes.baseAddress {
      var offset = 0
      while offset < bytes.count, let found = memchr(base + offset, 0x0A, bytes.count - offset) {
        offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
        starts.append(offset)
      }
    }
    starts.append(bytes.count + 1)
    self.starts = starts
  }

  /// True when lines `first...last` hold a `|` at all: most paragraphs are not tables.
  func hasPipe(from first: Int, to last: Int) -> Bool {
    guard first >= 1, last < starts.count else { return false }
    let end = min(bytes.count, starts[last] - 1)
    guard starts[first - 1] < end else { return false }
    return bytes[starts[first - 1]..<end].contains(UInt8(ascii: "|"))
  }

  /// Line `number` (1-based) of the paragraph that starts at `column`, without the container prefix
  /// (`> `, list indentation) that cmark read before the paragraph's text.
  func paragraphLine(_ number: Int, first: Bool, column: Int) -> PipeTable.Line? {
    guard number >= 1, number < starts.count else { return nil }
    var end = min(bytes.count, starts[number] - 1)
    let start = starts[number - 1]
    guard start <= end else { return nil }
    if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    let line = Substring(String(decoding: bytes[start..<end], as: UTF8.self))
    let utf8 = line.utf8
    var skip = 0
    if first {
      skip = min(column - 1, utf8.count)
    } else {
      let prefix = utf8.prefix(column - 1)
      if prefix.count == column - 1 && prefix.allSatisfy({ $0 == 0x20 || $0 == UInt8(ascii: ">") }) {
        skip = column - 1
      } else {
        skip = utf8.prefix { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ">") }.count
      }
    }
    let from = utf8.index(utf8.startIndex, offsetBy: skip)
    return PipeTable.Line(text: line[from...], line: number, column: skip + 1)
  }
}

/// Walks a cmark tree once and builds the Swift tree; private so no pointer escapes the module.
private struct Converter {
  var flattenedAt: [MarkdownPoint] = []
  /// Set when pipe tables are on: paragraphs are checked for a table in their lines.
  let source: SourceLines?

  init(source: SourceLines?) { self.source = source }

  mutating func convert(_ node: OpaquePointer, depth: Int) -> MarkdownNode {
    let start = MarkdownPoint(
      line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
    if depth >= MarkdownParser.maximumDepth {
      flattenedAt.append(start)
      return flatten(node, start: start)
    }
    // Counted first: every page's tree is kept until the site is written, so its child lists are
    // made the size they hold (appending would leave up to half of each list spare).
    var count = 0
    var counted = cmark_node_first_child(node)
    while let current = counted {
      count += 1
      counted = cmark_node_next(current)
    }
    var children: [MarkdownNode] = []
    children.reserveCapacity(count)
    var child = cmark_node_first_child(node)
    while let current = child {
      if let table = pipeTable(current, depth: depth + 1) {
        children.append(contentsOf: table)
      } else {
        children.append(convert(current, depth: depth + 1))
      }
      child = cmark_node_next(current)
    }
    return MarkdownNode(kind(of: node), children: children, start: start)
  }

  /// A paragraph whose lines hold a pipe table, as the paragraph before it (if any) and the table.
  private mutating func pipeTable(_ node: OpaquePointer, depth: Int) -> [MarkdownNode]? {
    guard let source, cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH, depth < MarkdownParser.maximumDepth
    else { return nil }
    let first = Int(cmark_node_get_start_line(node))
    let last = Int(cmark_node_get_end_line(node))
    let column = Int(cmark_node_get_start_column(node))
    guard last > first, source.hasPipe(from: first, to: last) else { return nil }
    let lines = (first...last).compactMap { source.paragraphLine($0, first: $0 == first, column: column) }
    guard let table = PipeTable(lines) else { return nil }
    var blocks: [MarkdownNode] = []
    if table.leadingLines > 0 {
      let leading = lines.prefix(table.leadingLines)
      let text = leading.map { String($0.text) }.joined(separator: "\n")
      blocks += reparse(text, line: leading.first!.line, columns: leading.map(\.column), depth: depth)
    }
    let rows = table.rows.enumerated().map { index, cells in
      MarkdownNode(
        .tableRow(isHeader: index == 0),
        children: cells.map { cell in
          MarkdownNode(
            .tableCell, children: inlines(of: cell, depth: depth + 2),
            start: MarkdownPoint(line: cell.line, column: cell.column))
        }, start: MarkdownPoint(line: cells.first?.line ?? first, column: column))
    }
    blocks.append(
      MarkdownNode(
        .table(alignments: table.alignments), children: rows,
        start: MarkdownPoint(line: lines[table.leadingLines].line, column: lines[table.leadingLines].column)))
    return blocks
  }

  /// The inline content of a table cell, parsed by cmark as a paragraph of its own. A zero-width
  /// space written as an entity goes first, so a cell such as `# x` or `- x` stays text instead of
  /// starting a heading or a list, and is dropped again.
  private mutating func inlines(of cell: PipeTable.Cell, depth: Int) -> [MarkdownNode] {
    let prefix = "&#8203;"
    // GFM reads `\|` as a pipe everywhere in a cell, code spans included.
    var unescaped = ""
    var pending = false
    for character in cell.text {
      if pending && character != "|" { unescaped.append("\\") }
      pending = character == "\\" && !pending
      if !pending { unescaped.append(character) }
    }
    if pending { unescaped.append("\\") }
    let text = prefix + unescaped
    let nodes = reparse(text, line: cell.line, columns: [cell.column - prefix.utf8.count], depth: depth)
    guard let paragraph = nodes.first, case .paragraph = paragraph.kind else { return nodes }
    var children = paragraph.children
    if let head = children.first, case .text(let literal) = head.kind,
      literal.unicodeScalars.first == "\u{200B}"
    {
      let rest = String(literal.unicodeScalars.dropFirst())
      if rest.isEmpty { children.removeFirst() } else { children[0].kind = .text(rest) }
    }
    return children
  }

  /// The blocks cmark makes of `text`, moved to where `text` sits in the file: its first line is
  /// `line`, and line `i` of it starts at file column `columns[i]` (the last one for any later line).
  private mutating func reparse(_ text: String, line: Int, columns: [Int], depth: Int) -> [MarkdownNode] {
    var text = text
    let converted = text.withUTF8 { bytes -> [MarkdownNode] in
      guard let root = MarkdownParser.cmarkParse(bytes) else { return [] }
      defer { cmark_node_free(root) }
      var inner = Converter(source: nil)
      let tree = inner.convert(root, depth: depth)
      flattenedAt += inner.flattenedAt
      return tree.children
    }
    func moved(_ node: MarkdownNode) -> MarkdownNode {
      var node = node
      let offset = columns[max(0, min(node.start.line - 1, columns.count - 1))] - 1
      node.start = MarkdownPoint(line: node.start.line + line - 1, column: node.start.column + offset)
      node.children = node.children.map(moved)
      return node
    }
    return converted.map(moved)
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
