/// The names in the output that mean something: the home page, the not-found page, and a folder's
/// own page. Paths stay strings in the pipeline's values, because every map of pages is keyed by
/// them; which names are special is decided here and nowhere else.
public enum OutputPath {
  /// The site's home page, the root folder's own page.
  public static let home = "index.html"
  /// The page a server shows for a missing file.
  public static let notFound = "404.html"
  /// The file name of every folder's own page.
  static let folderIndexName = "index.html"

  /// Whether `path` is a folder's own page (`guides/index.html`, or the home page).
  public static func isFolderIndex(_ path: String) -> Bool {
    path == home || path.hasSuffix("/" + folderIndexName)
  }

  /// Whether `path` is a folder's own page below the root (`guides/index.html`, not `index.html`).
  static func isSubfolderIndex(_ path: String) -> Bool { path.hasSuffix("/" + folderIndexName) }

  /// The own page of `folder` (`""` for the root).
  public static func folderIndex(of folder: String) -> String {
    folder.isEmpty ? home : folder + "/" + folderIndexName
  }

  /// Whether the page belongs in the navigation, the search and the reading order: every page but
  /// the not-found page.
  static func isReadable(_ path: String) -> Bool { path != notFound }
}
