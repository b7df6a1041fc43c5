/// Where a theme file sits inside its theme, whichever theme folder it came from.
enum ThemePaths {
  /// The part of `path` after the first `marker` (`Theme/templates/partials/x.mustache` below
  /// `/templates/` is `partials/x.mustache`).
  static func relative(_ path: String, below marker: String) -> String {
    guard let range = path.range(of: marker) else { return path }
    return String(path[range.upperBound...])
  }
}
