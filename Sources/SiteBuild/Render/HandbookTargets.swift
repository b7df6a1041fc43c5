/// Where each page of the site lives in the one-page view: its section's id and, when the view is
/// split, the volume file that holds it. Made once per view, so mapping a link (which the view
/// does for every link of every page, 60,000 times at 10,000 pages) costs one dictionary lookup
/// instead of three and writes no id afresh.
struct HandbookTargets {
  struct Target {
    /// The section's id (``HandbookIDs/page(_:)``).
    var sectionID: String
    /// The volume file holding the section; nil when the view is one file.
    var file: String?
  }

  private let targets: [String: Target]
  /// Whether the view is split into volumes (a link to `handbook.html` then names its contents).
  let isSplit: Bool

  init(site: ResolvedSite, volumes: HandbookVolumes?) {
    var targets: [String: Target] = [:]
    targets.reserveCapacity(site.pages.count)
    for page in site.pages {
      let path = page.outputPath
      targets[path] = Target(sectionID: HandbookIDs.page(path), file: volumes?.fileOf[path])
    }
    self.targets = targets
    isSplit = volumes != nil
  }

  /// The page at output path `path`, or nil when the site has no page there.
  subscript(path: String) -> Target? { targets[path] }
}
