import Diagnostics
import Markdown

/// A Markdown page after the load stage: front matter read, body parsed.
public struct LoadedPage: Sendable {
  /// Relative to the site root, e.g. `Content/guide/intro.md`.
  public var path: String
  public var frontMatter: FrontMatter
  /// The parsed body, or only its ``PageOutline`` when ``markdown`` is kept for the render.
  public var document: MarkdownDocument
  /// The body's Markdown, kept when `document` is only the outline: the render parses it again,
  /// so a one-off build never holds every page's whole tree at once. Nil when `document` is whole.
  var markdown: DeferredMarkdown?

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
    let name = String(contentPath.utf8.dropFirst(folder.isEmpty ? 0 : folder.utf8.count + 1)) ?? contentPath
    if Self.folderPageNames.contains(name) { return OutputPath.folderIndex(of: folder) }
    // Every page's path ends in `.md`, three bytes.
    return (String(contentPath.utf8.dropLast(3)) ?? contentPath) + ".html"
  }

  /// How this page, a new version of `old`, differs from it, by what other pages see of it.
  func edit(from old: LoadedPage) -> PageEdit {
    // SUMMARY.md orders the whole site.
    guard contentPath != SummaryFile.contentPath else { return .other }
    // Other pages show a page's front matter (title, order, description) and its title heading.
    if old.frontMatter == frontMatter && old.firstHeading == firstHeading { return .body }
    var retitled = old.frontMatter
    retitled.title = frontMatter.title
    // A title the page states itself, before and after, so no fallback name or warning appears.
    return retitled == frontMatter && old.statesTitle && statesTitle ? .title : .other
  }

  /// Whether the page names its title, in front matter or with a title heading.
  private var statesTitle: Bool { frontMatter.title != nil || firstHeading != nil }
}

/// What an edit of a page changed, by what other pages see of it, in increasing reach.
enum PageEdit: Comparable, Sendable {
  /// Only its body: no other page shows it.
  case body
  /// Its body and title: other pages show the title (navigation, backlinks, contents).
  case title
  /// Anything else (order, description, entity, draft…): the full build decides.
  case other

  /// What a set of pages edited in these ways tells the next stage (``PageChanges``).
  static func changes(_ edit: PageEdit, of paths: Set<String>) -> PageChanges {
    switch edit {
    case .body: .only(paths)
    case .title: .titles(paths)
    case .other: .unknown
    }
  }
}
