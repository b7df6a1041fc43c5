import SiteTheme

/// Which parts of the site's tree changed since the last render, so a page whose navigation
/// cannot have changed keeps its context without building and comparing it.
///
/// Everything the tree gives a page comes from the folders on its path: the top-level links and
/// the home page (the root folder), the sidebar (each folder from the root down to the page's
/// own), the breadcrumbs (the index pages listed in those folders) and, for an index page, its
/// folder's list. The pager comes from the reading order, compared page by page. So a page's tree
/// views are unchanged when none of the folders on its path changed.
struct TreeChanges {
  /// Every folder's listing: its pages in tree order, with what the tree shows of them. The root's
  /// also holds the home page.
  static func listings(_ pages: [ResolvedPage]) -> [String: [RenderMemory.TreeEntry]] {
    var listings: [String: [RenderMemory.TreeEntry]] = [:]
    for page in pages where OutputPath.isReadable(page.outputPath) {
      let folder = page.outputPath == OutputPath.home ? "" : Navigation.parentFolder(of: page.outputPath)
      listings[folder, default: []].append(
        .init(
          outputPath: page.outputPath, title: page.title, order: page.order, description: page.description))
    }
    return listings.mapValues { $0.sorted { $0.outputPath < $1.outputPath } }
  }

  /// Folders whose listing differs between the two, appeared or vanished included; nil when
  /// there is no earlier render to compare with.
  let changed: Set<String>?

  init(old: [String: [RenderMemory.TreeEntry]]?, new: [String: [RenderMemory.TreeEntry]]) {
    guard let old else {
      changed = nil
      return
    }
    var changed: Set<String> = []
    for (folder, listing) in new where old[folder] != listing { changed.insert(folder) }
    for folder in old.keys where new[folder] == nil { changed.insert(folder) }
    self.changed = changed
  }

  /// Whether the folders on `path`'s way from the root are all as they were.
  func leavesUnchanged(_ path: String) -> Bool {
    guard let changed else { return false }
    if changed.isEmpty { return true }
    var folder = SitePath.directory(of: path)
    while true {
      if changed.contains(folder) { return false }
      if folder.isEmpty { return true }
      folder = SitePath.directory(of: folder)
    }
  }
}
