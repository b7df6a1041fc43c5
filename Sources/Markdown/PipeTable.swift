/// Finds a GitHub pipe table in the lines of a paragraph cmark parsed, as cmark-gfm would: the line
/// before a delimiter row (`| --- | :-: |`) is the header, every later line a row, and the lines
/// before the header stay a paragraph.
///
/// Pure text work; the parser turns the cells into inline Markdown. Positions are kept so each
/// cell's links and diagnostics point at the file's own line and column.
struct PipeTable {
  /// A line of the paragraph: its text with the container prefix (`> `, list indentation) removed,
  /// its line in the file, and the file column of the text's first byte.
  struct Line {
    var text: Substring
    var line: Int
    var column: Int
  }

  struct Cell {
    /// The cell's text, trimmed, `\|` still escaped.
    var text: Substring
    var line: Int
    var column: Int
  }

  /// How many of the paragraph's lines come before the header.
  let leadingLines: Int
  let alignments: [TableAlignment]
  /// The header first; every row has one cell per column.
  let rows: [[Cell]]

  init?(_ lines: [Line]) {
    guard lines.count >= 2,
      let delimiter = lines.indices.dropFirst().first(where: { Self.alignments(lines[$0].text) != nil }),
      let alignments = Self.alignments(lines[delimiter].text)
    else { return nil }
    let header = Self.cells(lines[delimiter - 1])
    guard header.count == alignments.count else { return nil }
    var rows = [header]
    for line in lines[(delimiter + 1)...] {
      var cells = Self.cells(line)
      if cells.count > alignments.count { cells.removeLast(cells.count - alignments.count) }
      while cells.count < alignments.count {
        cells.append(Cell(text: "", line: line.line, column: line.column + line.text.utf8.count))
      }
      rows.append(cells)
    }
    self.leadingLines = delimiter - 1
    self.alignments = alignments
    self.rows = rows
  }

  /// The alignments a delimiter row sets, or nil when the line is not one.
  static func alignments(_ text: Substring) -> [TableAlignment]? {
    let trimmed = text.trimmingWhitespace
    guard trimmed.contains("|") || trimmed.contains(":") else {
      return nil  // `---` alone is a thematic break or a heading underline, never a table
    }
    var body = trimmed
    if body.hasPrefix("|") { body.removeFirst() }
    if body.hasSuffix("|") && !body.isEmpty { body.removeLast() }
    var result: [TableAlignment] = []
    for part in body.split(separator: "|", omittingEmptySubsequences: false) {
      let cell = part.trimmingWhitespace
      let left = cell.hasPrefix(":")
      let right = cell.hasSuffix(":") && cell.count > 1
      let dashes = cell.dropFirst(left ? 1 : 0).dropLast(right ? 1 : 0)
      guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
      result.append(left && right ? .center : left ? .left : right ? .right : .none)
    }
    return result.isEmpty ? nil : result
  }

  /// The cells of a row: split at every `|` not escaped by a backslash, without the outer pipes.
  static func cells(_ line: Line) -> [Cell] {
    let bytes = Array(line.text.utf8)
    var start = 0
    while start < bytes.count && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
    var end = bytes.count
    while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
    if start < end && bytes[start] == UInt8(ascii: "|") { start += 1 }
    if end > start && bytes[end - 1] == UInt8(ascii: "|")
      && !(end - 2 >= start && bytes[end - 2] == UInt8(ascii: "\\"))
    {
      end -= 1
    }
    var cells: [Cell] = []
    var cellStart = start
    var index = start
    func finish(_ stop: Int) {
      var from = cellStart
      var to = stop
      while from < to && (bytes[from] == 0x20 || bytes[from] == 0x09) { from += 1 }
      while to > from && (bytes[to - 1] == 0x20 || bytes[to - 1] == 0x09) { to -= 1 }
      let utf8 = line.text.utf8
      let lower = utf8.index(utf8.startIndex, offsetBy: from)
      let upper = utf8.index(utf8.startIndex, offsetBy: to)
      cells.append(Cell(text: line.text[lower..<upper], line: line.line, column: line.column + from))
    }
    while index < end {
      if bytes[index] == UInt8(ascii: "\\") && index + 1 < end {
        index += 2
        continue
      }
      if bytes[index] == UInt8(ascii: "|") {
        finish(index)
        cellStart = index + 1
      }
      index += 1
    }
    finish(end)
    return cells
  }
}

extension Substring {
  var trimmingWhitespace: Substring {
    var result = self
    while let first = result.first, first == " " || first == "\t" { result.removeFirst() }
    while let last = result.last, last == " " || last == "\t" { result.removeLast() }
    return result
  }
}
