import Diagnostics
import Markdown

/// A Markdown page after the load stage: front matter read, body parsed.
public struct LoadedPage: Sendable {
  /// Relative to the site root, e.g. `Content/guide/intro.md`.
  public var path: String
  public var frontMatter: FrontMatter
  public var document: MarkdownDocument

  /// The path under `Content/`, e.g. `guide/intro.md`.
  public var contentPath: String { String(path.dropFirst(SourceScanner.contentFolder.count + 1)) }

  /// The title from front matter, else the first level-1 heading, else the file name.
  public var title: String {
    if let title = frontMatter.title, !title.isEmpty { return title }
    for node in document.root.children {
      if case .heading(1) = node.kind { return node.plainText }
    }
    let name = contentPath.split(separator: "/").last.map(String.init) ?? contentPath
    return String(name.dropLast(3))
  }
}
