import Diagnostics
import Foundation
import Markdown

/// An mdBook `SUMMARY.md` at the content root: the book's table of contents. When a site has one,
/// it sets the order and the navigation titles of the pages it lists, and is not a page itself.
///
/// Every link in it, in document order, is a chapter: its text is the chapter's title and its place
/// the chapter's order. Links with no destination (mdBook's draft chapters) are skipped; links that
/// leave the content folder or name no `.md` file are reported by the resolver like any other link.
struct SummaryFile: Sendable {
  /// The content path mdBook reads its table of contents from.
  static let contentPath = "SUMMARY.md"

  struct Chapter {
    /// The linked page, relative to the content folder (`format/README.md`).
    var contentPath: String
    var title: String
    var location: SourceLocation
    /// The part it is listed under (mdBook's `# User guide` headings), if any.
    var part: String?
  }

  let chapters: [Chapter]

  init(_ document: MarkdownDocument, file: String) {
    var chapters: [Chapter] = []
    var part: String?
    var headings = 0
    document.forEach { node in
      if case .thematicBreak = node.kind {
        part = nil  // mdBook's suffix chapters, after a `---`, belong to no part
        return
      }
      if case .heading = node.kind {
        // The first heading is the file's own title (`# Summary`); later ones name parts.
        headings += 1
        if headings > 1 { part = node.plainText }
        return
      }
      guard case .link(let destination, _) = node.kind, !destination.isEmpty else { return }
      let path = String(destination.prefix { $0 != "#" && $0 != "?" })
      let decoded = path.removingPercentEncoding ?? path
      guard let target = SitePath.resolve(decoded, from: "") else { return }
      chapters.append(
        Chapter(
          contentPath: target, title: node.plainText,
          location: SourceLocation(file: file, line: node.start.line, column: node.start.column), part: part))
    }
    self.chapters = chapters
  }

  /// For a folder with no page of its own: its place (its first listed chapter's) and, when every
  /// chapter listed in it sits under one part, that part's title.
  func folder(_ folder: String) -> (order: Int, title: String?)? {
    let inside = chapters.enumerated().filter { $0.element.contentPath.hasPrefix(folder + "/") }
    guard let first = inside.first else { return nil }
    let parts = Set(inside.map { $0.element.part })
    return (first.offset + 1, parts.count == 1 ? parts.first! : nil)
  }

  /// Each listed page's position and title, by content path; the first listing wins.
  var entries: [String: (order: Int, title: String)] {
    var entries: [String: (order: Int, title: String)] = [:]
    for (index, chapter) in chapters.enumerated() where entries[chapter.contentPath] == nil {
      entries[chapter.contentPath] = (index + 1, chapter.title)
    }
    return entries
  }
}
