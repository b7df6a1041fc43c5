/// What the Markdown of a generated page (`templates/pages/…`) may use: the reference pages and
/// the not-found page are Mustache templates that produce Markdown, so a theme rewrites their prose
/// as it rewrites any template, and the data they list still comes from the dataset.
public struct GeneratedPageView: Equatable, Sendable {
  /// Every service's id, comma-separated, for a directive's `services: […]`.
  public var serviceIDs: String
  /// The files `demarc export` writes, for the downloads page.
  public var downloads: [DownloadView]

  public init(serviceIDs: String, downloads: [DownloadView]) {
    self.serviceIDs = serviceIDs
    self.downloads = downloads
  }
}

/// One export of the dataset: its name, its path from the root, and what it holds.
public struct DownloadView: Equatable, Sendable {
  public var title: String
  public var path: String
  public var summary: String

  public init(title: String, path: String, summary: String) {
    self.title = title
    self.path = path
    self.summary = summary
  }
}
