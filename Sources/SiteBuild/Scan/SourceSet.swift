import Diagnostics

/// Everything the scan stage read from disk: the input of the load stage.
public struct SourceSet: Sendable {
  /// `demarc.yaml` as read, which the input fingerprint covers.
  public var config: SourceFile?
  /// `demarc.yaml` parsed: once, here, by the stage that needs it first (for the content folder
  /// and the theme); its problems are among ``diagnostics``.
  public var settings: SiteConfig
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
  /// The folder of pages, relative to the site root (`Content` unless `content:` says otherwise).
  public var contentFolder: String
  /// The folders the output must stay out of: the content and every theme folder read.
  public var inputFolders: [String]
  /// Problems met while walking (links pointing outside the site...).
  public var diagnostics: [Diagnostic]
  /// Which files' bytes changed since the scan that left the memory, when the scan knows
  /// (``SourceScanner/rescan(_:root:memory:)``): their paths as here.
  public var changes: PageChanges = .unknown
  /// Where the scan read each page, by the page's path here: the absolute path it opened. A one-off
  /// build reads a page's Markdown again from there when it renders the page (``DeferredMarkdown``),
  /// rather than hold every page's bytes from the load to the end of the render. Empty for a site
  /// assembled in memory, whose pages keep their bytes.
  public var pageOrigins: [String: String] = [:]

  /// A site assembled in memory, for tests and the fuzzer; `demarc` itself gets one from the scan.
  public init(
    config: SourceFile? = nil, pages: [SourceFile], data: [SourceFile] = [], contentAssets: [SourceFile] = [],
    templates: [SourceFile], themeAssets: [SourceFile] = [], themePath: String = "Theme",
    contentFolder: String = "Content", inputFolders: [String] = [], diagnostics: [Diagnostic] = []
  ) {
    var bag = DiagnosticBag()
    let settings = Self.settings(of: config, into: &bag)
    self.init(
      config: config, settings: settings, pages: pages, data: data, contentAssets: contentAssets,
      templates: templates, themeAssets: themeAssets, themePath: themePath, contentFolder: contentFolder,
      inputFolders: inputFolders, diagnostics: bag.diagnostics + diagnostics)
  }

  init(
    config: SourceFile?, settings: SiteConfig, pages: [SourceFile], data: [SourceFile],
    contentAssets: [SourceFile], templates: [SourceFile], themeAssets: [SourceFile], themePath: String,
    contentFolder: String, inputFolders: [String], diagnostics: [Diagnostic]
  ) {
    self.settings = settings
    self.contentFolder = contentFolder
    self.inputFolders = inputFolders
    self.config = config
    self.pages = pages
    self.data = data
    self.contentAssets = contentAssets
    self.templates = templates
    self.themeAssets = themeAssets
    self.themePath = themePath
    self.diagnostics = diagnostics
  }

  /// `demarc.yaml` decoded and parsed, or the defaults when there is none.
  static func settings(of config: SourceFile?, into bag: inout DiagnosticBag) -> SiteConfig {
    guard let config else { return SiteConfig() }
    return SiteConfig.parse(TextDecoder.decode(config, into: &bag), file: config.path, into: &bag)
  }
}
