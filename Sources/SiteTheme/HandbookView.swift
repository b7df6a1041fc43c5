/// The one-page view for `partials/handbook`: `handbook.html` with every page as a section behind
/// a cover and contents, or, for a large site, `handbook.html` as the contents of its volumes and
/// one file per volume.
public struct HandbookView: Equatable, Sendable {
  public var site: SiteView
  /// The cover's heading: the site's title, or a volume's.
  public var coverTitle: String
  public var summary: String?
  /// The theme's stylesheets, relative to the root.
  public var stylesheets: [String]
  /// True for a volume's file, whose cover links back to `handbook.html`.
  public var isVolume: Bool
  /// The nested list of contents (empty in a volume's file).
  public var entries: [HandbookEntryView]
  public var hasContents: Bool
  public var volumes: [HandbookVolumeView]
  public var hasVolumes: Bool
  public var sections: [HandbookSectionView]

  public init(
    site: SiteView, coverTitle: String, summary: String?, stylesheets: [String], isVolume: Bool,
    entries: [HandbookEntryView], volumes: [HandbookVolumeView], sections: [HandbookSectionView]
  ) {
    self.site = site
    self.coverTitle = coverTitle
    self.summary = summary
    self.stylesheets = stylesheets
    self.isVolume = isVolume
    self.entries = entries
    self.hasContents = !entries.isEmpty
    self.volumes = volumes
    self.hasVolumes = !volumes.isEmpty
    self.sections = sections
  }
}

/// One line of the contents, with the pages of its folder under it.
public struct HandbookEntryView: Equatable, Sendable {
  public var entryTitle: String
  public var entryHref: String
  public var entries: [HandbookEntryView]
  public var hasEntries: Bool

  public init(entryTitle: String, entryHref: String, entries: [HandbookEntryView]) {
    self.entryTitle = entryTitle
    self.entryHref = entryHref
    self.entries = entries
    self.hasEntries = !entries.isEmpty
  }
}

/// A volume in `handbook.html`'s list of them.
public struct HandbookVolumeView: Equatable, Sendable {
  public var volumeTitle: String
  public var volumeHref: String
  public var pageCount: Int
  /// "page" or "pages".
  public var pageLabel: String

  public init(volumeTitle: String, volumeHref: String, pageCount: Int) {
    self.volumeTitle = volumeTitle
    self.volumeHref = volumeHref
    self.pageCount = pageCount
    self.pageLabel = pageCount == 1 ? "page" : "pages"
  }
}

/// One page as a section: its body and facts, already rendered under the section's id namespace.
public struct HandbookSectionView: Equatable, Sendable {
  public var sectionID: String
  /// A top-level section, which starts a new sheet in print.
  public var isPart: Bool
  /// HTML.
  public var html: String

  public init(sectionID: String, isPart: Bool, html: String) {
    self.sectionID = sectionID
    self.isPart = isPart
    self.html = html
  }
}
