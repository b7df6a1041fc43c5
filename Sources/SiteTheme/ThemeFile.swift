/// A template file of the theme, already decoded by the scan and load stages.
public struct ThemeFile: Hashable, Sendable {
  /// Relative to the site root, e.g. `Theme/templates/page.mustache`, for diagnostics.
  public var path: String
  /// The name templates use for it: its path under `templates/` without `.mustache`
  /// (`page`, `partials/facts`).
  public var name: String
  public var text: String

  public init(path: String, name: String, text: String) {
    self.path = path
    self.name = name
    self.text = text
  }
}
