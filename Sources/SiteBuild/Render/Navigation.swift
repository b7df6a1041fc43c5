import SiteTheme

/// The site's tree as links: top-level navigation, breadcrumbs and a folder's children.
///
/// Siblings sort by front-matter `order` (pages without one after), then title, then path, so the
/// order never depends on the file system.
struct Navigation: Sendable {
  private let pages: [String: ResolvedPage]
  private let childrenByFolder: [String: [ResolvedPage]]
  /// Every page in reading order: the home page, then the tree depth first.
  let readingOrder: [String]
  private let positionInReadingOrder: [String: Int]

  init(pages: [ResolvedPage]) {
    self.pages = Dictionary(uniqueKeysWithValues: pages.map { ($0.outputPath, $0) })
    var children: [String: [ResolvedPage]] = [:]
    for page in pages where page.outputPath != OutputPath.home && OutputPath.isReadable(page.outputPath) {
      children[Self.parentFolder(of: page.outputPath), default: []].append(page)
    }
    let sortedChildren = children.mapValues { $0.sorted(by: Self.precedes) }
    self.childrenByFolder = sortedChildren
    var order: [String] = self.pages[OutputPath.home] == nil ? [] : [OutputPath.home]
    func visit(_ folder: String) {
      for page in sortedChildren[folder] ?? [] {
        order.append(page.outputPath)
        if OutputPath.isSubfolderIndex(page.outputPath) { visit(SitePath.directory(of: page.outputPath)) }
      }
    }
    visit("")
    self.readingOrder = order
    self.positionInReadingOrder = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
  }

  /// The pages and sub-folders listed under `folder`, in order.
  func pages(in folder: String) -> [ResolvedPage] { childrenByFolder[folder] ?? [] }

  /// The page before and after `current` in reading order.
  func neighbours(of current: String) -> (previous: LinkView?, next: LinkView?) {
    guard let position = positionInReadingOrder[current] else { return (nil, nil) }
    func link(_ index: Int) -> LinkView? {
      guard readingOrder.indices.contains(index), let page = pages[readingOrder[index]] else { return nil }
      return LinkView(title: page.title, href: SitePath.relativeLink(from: current, to: page.outputPath))
    }
    return (link(position - 1), link(position + 1))
  }

  /// The sidebar: the top level, and below it only the branch that leads to `current`, so a page's
  /// size does not grow with the number of pages in the site.
  func sidebar(for current: String) -> [NavNode] {
    nodes(in: "", current: current)
  }

  private func nodes(in folder: String, current: String) -> [NavNode] {
    (childrenByFolder[folder] ?? []).map { page in
      let isFolder = OutputPath.isSubfolderIndex(page.outputPath)
      let subfolder = SitePath.directory(of: page.outputPath)
      let onPath = page.outputPath == current || (isFolder && current.hasPrefix(subfolder + "/"))
      let children = isFolder && onPath ? nodes(in: subfolder, current: current) : []
      return NavNode(
        title: page.title, href: SitePath.relativeLink(from: current, to: page.outputPath),
        current: page.outputPath == current, open: onPath, isSection: isFolder, children: children)
    }
  }

  /// The folder whose index lists `path`: a page lists under its folder, a folder's index under
  /// the folder above.
  static func parentFolder(of path: String) -> String {
    let folder = SitePath.directory(of: path)
    return OutputPath.isFolderIndex(path) ? SitePath.directory(of: folder) : folder
  }

  private static func precedes(_ lhs: ResolvedPage, _ rhs: ResolvedPage) -> Bool {
    let left = (lhs.order ?? Int.max, lhs.title.lowercased(), lhs.outputPath)
    let right = (rhs.order ?? Int.max, rhs.title.lowercased(), rhs.outputPath)
    return left < right
  }

  func topLevel(from current: String) -> [LinkView] {
    let home = pages[OutputPath.home].map { [$0] } ?? []
    return (home + (childrenByFolder[""] ?? [])).map { page in
      let folder = SitePath.directory(of: page.outputPath)
      let isCurrent =
        page.outputPath == current
        || (page.outputPath != OutputPath.home && !folder.isEmpty && current.hasPrefix(folder + "/"))
      return LinkView(
        title: page.title, href: SitePath.relativeLink(from: current, to: page.outputPath), current: isCurrent
      )
    }
  }

  func breadcrumbs(for current: String) -> [LinkView] {
    guard current != OutputPath.home else { return [] }
    var trail: [LinkView] = []
    var folder = Self.parentFolder(of: current)
    while true {
      let index = OutputPath.folderIndex(of: folder)
      if let page = pages[index] {
        trail.append(LinkView(title: page.title, href: SitePath.relativeLink(from: current, to: index)))
      }
      if folder.isEmpty { break }
      folder = SitePath.directory(of: folder)
    }
    return trail.reversed()
  }

  /// What an index page lists: the pages and sub-folders of its folder.
  func children(of current: String) -> [LinkView] {
    guard OutputPath.isFolderIndex(current) else { return [] }
    let folder = SitePath.directory(of: current)
    return (childrenByFolder[folder] ?? []).map {
      LinkView(
        title: $0.title, href: SitePath.relativeLink(from: current, to: $0.outputPath),
        description: $0.description)
    }
  }
}
