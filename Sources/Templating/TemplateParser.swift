/// Parses Mustache (the spec's interpolation, sections, inverted sections, comments, partials and
/// set-delimiter tags) into ``TemplateNode``s, once per template.
///
/// A section, inverted section, closing, partial, comment or delimiter tag alone on its line is
/// *standalone*: the line's whitespace and its line ending go with it, so block tags on lines of
/// their own leave no blank lines behind. A standalone partial's leading whitespace becomes the
/// indentation of every line it renders.
struct TemplateParser {
  private let bytes: [UInt8]
  private var open: [UInt8] = Array("{{".utf8)
  private var close: [UInt8] = Array("}}".utf8)
  private var position = 0
  /// Where the current line starts, and whether a tag that was not standalone sits on it.
  private var lineStart = 0
  private var lineHasTag = false
  private var pending: [UInt8] = []
  private var frames: [Frame]

  /// An open section and what it holds so far; the bottom frame is the template itself.
  private struct Frame {
    var name: TagName?
    var inverted: Bool
    var offset: Int
    var nodes: [TemplateNode]
  }

  static func parse(_ text: String) throws(TemplateSyntaxError) -> [TemplateNode] {
    var parser = TemplateParser(bytes: Array(text.utf8))
    return try parser.run()
  }

  private init(bytes: [UInt8]) {
    self.bytes = bytes
    frames = [Frame(name: nil, inverted: false, offset: 0, nodes: [])]
  }

  private mutating func run() throws(TemplateSyntaxError) -> [TemplateNode] {
    while let tagStart = find(open, from: position) {
      appendText(position..<tagStart)
      try tag(at: tagStart)
    }
    appendText(position..<bytes.count)
    flushText()
    if let unclosed = frames.last, let name = unclosed.name {
      throw error("the section '\(name.text)' is never closed", at: unclosed.offset)
    }
    return frames[0].nodes
  }

  private mutating func tag(at tagStart: Int) throws(TemplateSyntaxError) {
    var cursor = tagStart + open.count
    let sigil: UInt8? = cursor < bytes.count ? bytes[cursor] : nil
    var closing = close
    switch sigil {
    case UInt8(ascii: "{"):
      closing = [UInt8(ascii: "}")] + close
      cursor += 1
    case UInt8(ascii: "&"), UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "/"), UInt8(ascii: ">"),
      UInt8(ascii: "!"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "%"):
      cursor += 1
    default: break
    }
    if sigil == UInt8(ascii: "=") { closing = [UInt8(ascii: "=")] + close }
    guard let contentEnd = find(closing, from: cursor) else {
      throw error("this tag is never closed (no '\(String(decoding: closing, as: UTF8.self))')", at: tagStart)
    }
    let content = trimmed(cursor..<contentEnd)
    let tagEnd = contentEnd + closing.count
    let kind = sigil.map { Character(Unicode.Scalar($0)) }
    let blockLike = kind.map { "#^/>!=".contains($0) } ?? false
    var indentation = ""
    if blockLike, let lineEnd = standaloneLineEnd(tagStart: tagStart, tagEnd: tagEnd) {
      indentation = String(decoding: bytes[lineStart..<tagStart], as: UTF8.self)
      pending.removeLast(tagStart - lineStart)
      position = lineEnd
      lineStart = lineEnd
      lineHasTag = false
    } else {
      position = tagEnd
      lineHasTag = true
    }
    switch kind {
    case "!": return
    case "=": try setDelimiters(content, at: tagStart)
    case "<", "$": throw error("template inheritance ({{< }} and {{$ }}) is not supported", at: tagStart)
    case "%": throw error("pragmas ({{% }}) are not supported", at: tagStart)
    case "#", "^":
      flushText()
      frames.append(
        Frame(name: try name(content, at: tagStart), inverted: kind == "^", offset: tagStart, nodes: []))
    case "/":
      flushText()
      let name = try name(content, at: tagStart)
      guard frames.count > 1, let section = frames.last, let open = section.name else {
        throw error("'{{/\(name.text)}}' closes no open section", at: tagStart)
      }
      guard open == name else {
        throw error("'{{/\(name.text)}}' closes the section '\(open.text)'", at: tagStart)
      }
      frames.removeLast()
      frames[frames.count - 1].nodes.append(.section(name, inverted: section.inverted, body: section.nodes))
    case ">":
      flushText()
      let partial = String(decoding: content, as: UTF8.self)
      guard !partial.isEmpty, !content.contains(where: Self.isSpace) else {
        throw error("a partial tag needs one name", at: tagStart)
      }
      append(.partial(partial, indentation: indentation, at: position(of: tagStart)))
    default:
      flushText()
      append(.variable(try name(content, at: tagStart), escaped: kind != "{" && kind != "&"))
    }
  }

  /// Where the line after a standalone tag starts, or nil when the tag shares its line.
  private func standaloneLineEnd(tagStart: Int, tagEnd: Int) -> Int? {
    guard !lineHasTag, bytes[lineStart..<tagStart].allSatisfy(Self.isBlank) else { return nil }
    var cursor = tagEnd
    while cursor < bytes.count, Self.isBlank(bytes[cursor]) { cursor += 1 }
    if cursor == bytes.count { return cursor }
    if bytes[cursor] == UInt8(ascii: "\n") { return cursor + 1 }
    if bytes[cursor] == UInt8(ascii: "\r"), cursor + 1 < bytes.count, bytes[cursor + 1] == UInt8(ascii: "\n")
    {
      return cursor + 2
    }
    return nil
  }

  private mutating func setDelimiters(_ content: ArraySlice<UInt8>, at offset: Int)
    throws(TemplateSyntaxError)
  {
    let parts = content.split(whereSeparator: Self.isSpace)
    guard parts.count == 2, !parts.joined().contains(UInt8(ascii: "=")) else {
      throw error("a delimiter tag reads {{=<open> <close>=}}", at: offset)
    }
    open = Array(parts[0])
    close = Array(parts[1])
  }

  private func name(_ content: ArraySlice<UInt8>, at offset: Int) throws(TemplateSyntaxError) -> TagName {
    let text = String(decoding: content, as: UTF8.self)
    guard !text.isEmpty else { throw error("this tag has no name", at: offset) }
    if content.contains(UInt8(ascii: "(")) {
      throw error(
        "'\(text)' is a swift-mustache transform, not Mustache; compute the value in the view", at: offset)
    }
    guard !content.contains(where: Self.isSpace) else { throw error("'\(text)' is not one name", at: offset) }
    let name = TagName(text)
    guard text == "." || !name.parts.contains(where: \.isEmpty) else {
      throw error("'\(text)' is not a name (empty part between dots)", at: offset)
    }
    return name
  }

  private mutating func appendText(_ range: Range<Int>) {
    guard !range.isEmpty else { return }
    pending += bytes[range]
    if let newline = bytes[range].lastIndex(of: UInt8(ascii: "\n")) {
      lineStart = newline + 1
      lineHasTag = false
    }
    position = range.upperBound
  }

  private mutating func flushText() {
    guard !pending.isEmpty else { return }
    append(.text(String(decoding: pending, as: UTF8.self)))
    pending = []
  }

  private mutating func append(_ node: TemplateNode) { frames[frames.count - 1].nodes.append(node) }

  private func find(_ needle: [UInt8], from start: Int) -> Int? {
    guard let first = needle.first, needle.count <= bytes.count else { return nil }
    var index = start
    let last = bytes.count - needle.count
    while index <= last {
      if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
      index += 1
    }
    return nil
  }

  private func trimmed(_ range: Range<Int>) -> ArraySlice<UInt8> {
    var slice = bytes[range]
    while let first = slice.first, Self.isSpace(first) { slice = slice.dropFirst() }
    while let last = slice.last, Self.isSpace(last) { slice = slice.dropLast() }
    return slice
  }

  /// A space or a tab: what may surround a standalone tag on its line.
  private static func isBlank(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
      || byte == UInt8(ascii: "\r")
  }

  /// The error at a byte offset, as a 1-based line and a column counted in characters.
  private func error(_ message: String, at offset: Int) -> TemplateSyntaxError {
    let at = position(of: offset)
    return TemplateSyntaxError(message: message, line: at.line, column: at.column)
  }

  /// A byte offset as a 1-based line and a column counted in characters.
  private func position(of offset: Int) -> TemplatePosition {
    let before = bytes[..<offset]
    let line = before.count { $0 == UInt8(ascii: "\n") } + 1
    let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
    let column = String(decoding: bytes[lineStart..<offset], as: UTF8.self).count + 1
    return TemplatePosition(line: line, column: column)
  }
}
