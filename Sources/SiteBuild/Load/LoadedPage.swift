import Diagnostics
import Markdown

/// A Markdown page after the load stage: front matter read, body parsed.
public struct LoadedPage: Sendable {
  /// Relative to the site root, e.g. `Content/guide/intro.md`.
  public var path: String
  public var frontMatter: FrontMatter
  public var document: MarkdownDocument

  /// The path under the content folder, e.g. `guide/intro.md`.
  public var contentPath: String

  /// The title from front matter, else the first level-1 heading, else the file name.
  public var title: String {
    if let title = frontMatter.title, !title.isEmpty { return title }
    if let heading = firstHeading { return heading }
    let name = contentPath.split(separator: "/").last.map(String.init) ?? contentPath
    return String(name.dropLast(3))
  }

  /// The text of the body's first level-1 heading, which is the page's title when front matter
  /// gives none (as on GitHub, mdBook and MkDocs).
  public var firstHeading: String? { document.titleHeading }

  /// The names that make a page its folder's page, as the peers agree: `index.md` (MkDocs, Hugo
  /// leaf bundles), `README.md` (GitHub, mdBook) and `_index.md` (Hugo, Zola).
  public static let folderPageNames: Set = ["index.md", "README.md", "readme.md", "_index.md"]

  /// The page's output path: `guide/intro.md` → `guide/intro.html`; a folder's page (see
  /// ``folderPageNames``) → `guide/index.html`.
  public var outputPath: String {
    let folder = SitePath.directory(of: contentPath)
    let name = String(contentPath.dropFirst(folder.isEmpty ? 0 : folder.count + 1))
    if Self.folderPageNames.contains(name) { return OutputPath.folderIndex(of: folder) }
    return String(contentPath.dropLast(3)) + ".html"
  }

  /// Whether this page, a new version of `old`, differs from it only where no other page looks:
  /// other pages show a page's front matter (title, order, description) and its title heading,
  /// and SUMMARY.md orders the whole site.
  func differsOnlyInBody(from old: LoadedPage) -> Bool {
    old.frontMatter == frontMatter && old.firstHeading == firstHeading
      && contentPath != SummaryFile.contentPath
  }
}
