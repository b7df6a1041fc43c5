import Markdown

/// A page's Markdown as a one-off build keeps it from the load to the render, which parses it again
/// (``LoadedPage/markdown``).
///
/// It keeps the bytes the scan read, shared rather than copied, whenever decoding left them as
/// they were (UTF-8, no byte-order mark, `\n` line ends): holding the body as a string of its own
/// as well had every page's text twice in memory at the end of the load, a quarter of a 10,000-page
/// build's peak. Otherwise it keeps the decoded text's bytes.
struct MarkdownSource: Sendable {
  /// The file's bytes, or its decoded text's.
  let bytes: [UInt8]
  let body: BodyStart

  init(file: SourceFile, text: String, verbatim: Bool, body: BodyStart) {
    self.init(bytes: verbatim ? file.bytes : Array(text.utf8), body: body)
  }

  init(bytes: [UInt8], body: BodyStart) {
    self.bytes = bytes
    self.body = body
  }

  /// The body parsed with `extensions`, as ``MarkdownParser/parse(_:extensions:)`` parses the text
  /// ``BodyStart/text(in:)`` gives.
  func parse(extensions: MarkdownExtensions) -> MarkdownDocument {
    body.withBody(of: bytes) { MarkdownParser.parse(utf8: $0, extensions: extensions) }
  }
}
