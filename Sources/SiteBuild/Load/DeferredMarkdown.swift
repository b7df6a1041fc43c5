import Markdown

/// A page's Markdown as a one-off build keeps it from the load to the render, which parses it again
/// (``LoadedPage/markdown``): the bytes themselves, or where the scan read them.
///
/// A page the scan read from disk whose bytes decoding left as they were (UTF-8, no byte-order
/// mark, `\n` line ends) keeps only where it was read, its size and fingerprint: the render reads
/// it again (``SourceScanner/readAgain(_:count:fingerprint:)``) and refuses bytes that differ. So
/// memory holds the pages in flight rather than every page's bytes from the load to the end of the
/// render (at 100,000 pages, some 270 MB of a peak near 1 GB). A site assembled in memory, or a
/// page that needed decoding, keeps its bytes (``MarkdownSource``).
enum DeferredMarkdown: Sendable {
  case kept(MarkdownSource)
  case onDisk(origin: String, count: Int, fingerprint: UInt64, body: BodyStart)

  /// Why the render could not parse the page: it could not read the file again, or the file
  /// changed since the scan read it.
  struct Unavailable: Error, Equatable {
    var reason: String
  }

  /// `source`, or where it can be read again: `origin`, when the scan read `file` there and
  /// decoding left its bytes as they were (`verbatim`), so `source` holds the file's own bytes.
  init(_ source: MarkdownSource, file: SourceFile, verbatim: Bool, origin: String?) {
    guard let origin, verbatim else {
      self = .kept(source)
      return
    }
    self = .onDisk(
      origin: origin, count: file.bytes.count, fingerprint: InputDigest.fingerprint(ofBytes: file.bytes[...]),
      body: source.body)
  }

  /// The bytes kept in memory; nil for a page to be read again.
  var keptBytes: [UInt8]? {
    if case .kept(let source) = self { source.bytes } else { nil }
  }

  /// The body parsed with `extensions`, as the load parsed it.
  func parse(extensions: MarkdownExtensions) throws(Unavailable) -> MarkdownDocument {
    switch self {
    case .kept(let source):
      return source.parse(extensions: extensions)
    case .onDisk(let origin, let count, let fingerprint, let body):
      switch SourceScanner.readAgain(origin, count: count, fingerprint: fingerprint) {
      case .success(let bytes):
        return MarkdownSource(bytes: bytes, body: body).parse(extensions: extensions)
      case .failure(let failure):
        throw failure
      }
    }
  }
}
