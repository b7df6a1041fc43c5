import Diagnostics

/// Everything the scan stage read from disk: the input of the load stage.
public struct SourceSet: Sendable {
  public var config: SourceFile?
  /// Markdown pages under `Content/`, sorted by path.
  public var pages: [SourceFile]
  /// YAML under `Content/data/`, sorted by path.
  public var data: [SourceFile]
  /// Other files under `Content/` (images, downloads), copied as they are.
  public var contentAssets: [SourceFile]
  /// `*.mustache` under the theme's `templates/`.
  public var templates: [SourceFile]
  /// Files under the theme's `assets/`, copied to `Output/assets/`.
  public var themeAssets: [SourceFile]
  /// The theme folder as the user named it, for diagnostics.
  public var themePath: String
  /// Problems met while walking (links pointing outside the site...).
  public var diagnostics: [Diagnostic]
}
