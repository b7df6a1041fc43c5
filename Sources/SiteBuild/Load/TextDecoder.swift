import Diagnostics

/// Turns a file's bytes into text the parsers can trust: strict UTF-8, no byte-order mark, `\n` line
/// ends. Invalid bytes are reported at their line and column and replaced, so the rest of the file is
/// still checked in the same run.
enum TextDecoder {
  static func decode(_ file: SourceFile, into bag: inout DiagnosticBag) -> String {
    decodeNoting(file, into: &bag).text
  }

  /// ``decode(_:into:)``, and whether the text's UTF-8 is the file's bytes as they are, so a
  /// caller may keep those instead of a copy (``MarkdownSource``).
  static func decodeNoting(_ file: SourceFile, into bag: inout DiagnosticBag) -> (
    text: String, verbatim: Bool
  ) {
    var verbatim = true
    var bytes = file.bytes[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      bytes = bytes.dropFirst(3)
      verbatim = false
    }
    // The standard library's check is one fast pass; the scalar-by-scalar walk that finds where a
    // file goes wrong runs only for a file that does.
    let valid = String(validating: bytes, as: UTF8.self)
    if valid == nil, let offset = firstInvalidOffset(bytes) {
      verbatim = false
      let prefix = bytes[bytes.startIndex..<(bytes.startIndex + offset)]
      let line = prefix.count(where: { $0 == UInt8(ascii: "\n") }) + 1
      let lineStart = prefix.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.startIndex
      let column = bytes.startIndex + offset - lineStart + 1
      bag.error(
        .invalidUTF8, "the file is not valid UTF-8 (first bad byte at offset \(offset)); save it as UTF-8",
        at: SourceLocation(file: file.path, line: line, column: column))
    }
    var text = valid ?? String(decoding: bytes, as: UTF8.self)
    if UTF8Bytes.contains(UInt8(ascii: "\r"), in: text) {
      text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
      verbatim = false
    }
    return (text, verbatim)
  }

  private static func firstInvalidOffset(_ bytes: ArraySlice<UInt8>) -> Int? {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }
}
