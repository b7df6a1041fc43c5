/// The GitHub extensions that work on cmark's finished tree: strikethrough, task-list markers,
/// extended autolinks and alerts. (Tables need the source lines, so the parser reads them.)
///
/// Each is a pure rewrite of the Swift tree, so the tree stays the one value every later stage
/// reads and the C library stays behind ``MarkdownParser``.
struct GitHubInlines {
  let extensions: MarkdownExtensions

  init(_ extensions: MarkdownExtensions) { self.extensions = extensions }

  /// Rewrites `document` in place: it is taken, not borrowed, so every child list the rewrite
  /// touches is uniquely held and changes without a copy of the tree.
  func apply(to document: consuming MarkdownDocument) -> MarkdownDocument {
    guard
      extensions.tables || extensions.strikethrough || extensions.taskLists || extensions.autolinks
        || extensions.alerts
    else { return document }
    rewrite(&document.root, inLink: false)
    return document
  }

  private func rewrite(_ node: inout MarkdownNode, inLink: Bool) {
    guard !node.children.isEmpty else { return }  // leaves are left as they are
    let insideLink =
      inLink
      || {
        switch node.kind {
        case .link, .image: return true
        default: return false
        }
      }()
    for index in node.children.indices { rewrite(&node.children[index], inLink: insideLink) }
    switch node.kind {
    case .blockQuote where extensions.alerts:
      if let alert = Self.alert(node) { node = alert }
    case .item where extensions.taskLists:
      node = Self.taskItem(node)
    default:
      break
    }
    if node.children.contains(where: { $0.isText }) {
      // Most text holds no link: its list is left as it is. A list that is split is sized for the
      // usual case, so the tree every page keeps holds no spare capacity.
      if extensions.autolinks && !insideLink && node.children.contains(where: Autolinks.mayHoldLink) {
        var split: [MarkdownNode] = []
        split.reserveCapacity(node.children.count)
        for child in node.children { split += Autolinks.split(child) }
        node.children = split
      }
      if extensions.strikethrough { node.children = Strikethrough.apply(node.children) }
    }
  }

  /// `> [!NOTE]` on the quote's first line, alone: an alert holding the rest of the quote.
  private static func alert(_ quote: MarkdownNode) -> MarkdownNode? {
    guard let paragraph = quote.children.first, case .paragraph = paragraph.kind else { return nil }
    // cmark splits `[!NOTE]` into `[`, `!NOTE` and `]` text nodes; read the first line's text.
    var marker = ""
    var used = 0
    for child in paragraph.children {
      guard case .text(let literal) = child.kind else { break }
      marker += literal
      used += 1
    }
    let upper = marker.uppercased()
    guard upper.hasPrefix("[!"), upper.hasSuffix("]"),
      let kind = AlertKind(rawValue: String(marker.dropFirst(2).dropLast()).lowercased())
    else { return nil }
    var rest = Array(paragraph.children.dropFirst(used))
    guard rest.isEmpty || rest.first?.kind == .softBreak || rest.first?.kind == .lineBreak else { return nil }
    if !rest.isEmpty { rest.removeFirst() }
    var children = Array(quote.children.dropFirst())
    if !rest.isEmpty {
      children.insert(MarkdownNode(.paragraph, children: rest, start: rest[0].start), at: 0)
    }
    return MarkdownNode(.alert(kind), children: children, start: quote.start)
  }

  /// An item whose first paragraph starts with `[ ] ` or `[x] `: a task item without the marker.
  private static func taskItem(_ item: MarkdownNode) -> MarkdownNode {
    guard let paragraph = item.children.first, case .paragraph = paragraph.kind else { return item }
    // Most items start with a word: only text whose first byte is `[` can hold a marker, so the
    // leading texts are joined only then (every list item of every page is asked).
    var firstByte: UInt8?
    for child in paragraph.children {
      guard case .text(let literal) = child.kind else { break }
      if let byte = literal.utf8.first {
        firstByte = byte
        break
      }
    }
    guard firstByte == UInt8(ascii: "[") else { return item }
    var marker = ""
    var used = 0
    for child in paragraph.children {
      guard case .text(let literal) = child.kind, marker.unicodeScalars.count < 4 else { break }
      marker += literal
      used += 1
    }
    let scalars = Array(marker.unicodeScalars)
    guard scalars.count >= 4, scalars[0] == "[", scalars[2] == "]", scalars[3] == " " || scalars[3] == "\t",
      [" ", "x", "X"].contains(scalars[1])
    else { return item }
    var children = Array(paragraph.children.dropFirst(used))
    let remainder = String(String.UnicodeScalarView(scalars.dropFirst(4)))
    if !remainder.isEmpty {
      children.insert(MarkdownNode(.text(remainder), start: paragraph.start), at: 0)
    }
    var item = MarkdownNode(.taskItem(checked: scalars[1] != " "), children: item.children, start: item.start)
    item.children[0].children = children
    return item
  }
}

extension MarkdownNode {
  var isText: Bool {
    if case .text = kind { return true }
    return false
  }
}
