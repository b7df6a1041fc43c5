import Dataset
import Diagnostics
import Markdown
import Yams

/// The optional `demarc.yaml` at the site root.
public struct SiteConfig: Hashable, Sendable {
  public static let fileName = "demarc.yaml"

  public var title = "Documentation"
  public var description: String?
  /// Where the site will be hosted, for canonical links; output links stay relative regardless.
  public var baseURL: String?
  /// Raw HTML in Markdown is dropped unless this is set: pages may come from many hands.
  public var allowRawHTML = false
  /// The theme folder named by `theme:`, relative to the site root or absolute; it may sit outside
  /// the site (a shared theme), since demarc only reads from it. Nil means the built-in theme. Either
  /// way the site's own `Theme/` overrides it file by file.
  public var theme: String?
  /// The site's own theme folder, which overrides single files of the theme it builds with.
  public static let localTheme = "Theme"
  /// The folder of pages, relative to the site root (`content: docs`, so a docs tree builds where it
  /// stands); its `data/` subfolder holds the dataset.
  public var content = "Content"
  public var language = "en"
  /// The name of the one-page view (`handbook.html`), as links to it and its cover say it.
  public var onePageTitle = "All pages on one page"
  /// The GitHub Markdown extensions in use (`markdown:` turns each off); all on by default.
  public var markdown = MarkdownExtensions.github
  /// How broken links and anchors are reported.
  public var links = LinkPolicy.error
  /// Whether `draft: true` pages are built; set by `--drafts`, never by `demarc.yaml`.
  public var includeDrafts = false

  public init() {}

  /// Parses the config, reporting problems; unknown keys are warnings so that newer configs still
  /// build with older demarc.
  public static func parse(_ text: String, file: String, into bag: inout DiagnosticBag) -> SiteConfig {
    var config = SiteConfig()
    guard let root = YAMLComposer.compose(text, file: file, into: &bag) else { return config }
    var reader = SchemaReader(file: file, unknownKeySeverity: .warning)
    let keys: Set = [
      "title", "description", "base_url", "allow_raw_html", "theme", "content", "links", "language",
      "one_page_title", "markdown",
    ]
    if let fields = reader.mapping(root, allowed: keys, what: "the site config") {
      if let node = fields["title"], let value = reader.string(node, what: "title") {
        config.title = value.value
      }
      if let node = fields["description"] {
        config.description = reader.string(node, what: "description")?.value
      }
      if let node = fields["base_url"] { config.baseURL = reader.string(node, what: "base_url")?.value }
      if let node = fields["allow_raw_html"], let value = reader.boolean(node, what: "allow_raw_html") {
        config.allowRawHTML = value.value
      }
      if let node = fields["theme"], let value = reader.string(node, what: "theme") {
        if value.value.isEmpty || value.value.contains("\0") {
          reader.bag.error(
            .unsafePath, "theme must be a folder path, relative to the site root or absolute",
            at: value.location)
        } else {
          config.theme = value.value
        }
      }
      if let node = fields["content"], let value = reader.string(node, what: "content") {
        let parts = value.value.split(separator: "/")
        if value.value.isEmpty || value.value.hasPrefix("/") || value.value.contains("\0")
          || parts.contains("..")
          || parts.allSatisfy({ $0 == "." })
        {
          reader.bag.error(
            .unsafePath, "content must name a folder inside the site root (for example 'docs')",
            at: value.location)
        } else {
          config.content = parts.filter { $0 != "." }.joined(separator: "/")
        }
      }
      if let node = fields["links"], let value = reader.string(node, what: "links") {
        if let policy = LinkPolicy(rawValue: value.value) {
          config.links = policy
        } else {
          reader.bag.error(.invalidValue, "links must be 'error' or 'warn'", at: value.location)
        }
      }
      if let node = fields["markdown"] { config.markdown = readExtensions(node, reader: &reader) }
      if let node = fields["one_page_title"], let value = reader.string(node, what: "one_page_title") {
        config.onePageTitle = value.value
      }
      if let node = fields["language"], let value = reader.string(node, what: "language") {
        config.language = value.value
      }
    }
    bag.append(contentsOf: reader.bag.diagnostics)
    return config
  }

  /// `markdown: {tables: false, …}`: each extension on unless it says `false`.
  private static func readExtensions(_ node: Node, reader: inout SchemaReader) -> MarkdownExtensions {
    var extensions = MarkdownExtensions.github
    let keys: Set = ["tables", "strikethrough", "task_lists", "autolinks", "alerts", "highlight"]
    guard let fields = reader.mapping(node, allowed: keys, what: "markdown") else { return extensions }
    func flag(_ key: String) -> Bool { fields[key].flatMap { reader.boolean($0, what: key)?.value } ?? true }
    extensions.tables = flag("tables")
    extensions.strikethrough = flag("strikethrough")
    extensions.taskLists = flag("task_lists")
    extensions.autolinks = flag("autolinks")
    extensions.alerts = flag("alerts")
    extensions.highlight = flag("highlight")
    return extensions
  }
}
