import Dataset
import Markdown
import SiteTheme

/// A page with its final place in the output and its links resolved.
public struct ResolvedPage: Sendable {
  /// How the page came to be, which decides its inner template.
  public enum Origin: String, Sendable {
    /// Written in Markdown under `Content/`.
    case authored = "page"
    /// Generated for a dataset entity that has no page of prose.
    case entity
    /// Generated index of a folder that has no `index.md`.
    case section
    /// A generated reference page built from directives (the full matrix, the dispute register).
    case reference = "reference"
  }

  /// The stored fields, behind one reference (``SharedValue``): see there for why.
  struct Fields: Sendable {
    var outputPath: String
    var origin: Origin
    var title: String
    var description: String?
    var order: Int?
    var sourcePath: String?
    var document: MarkdownDocument?
    var markdown: DeferredMarkdown?
    var rewrites = HTMLRenderer.Rewrites()
    var entity: EntityReference?
    var anchors: Set<String>
    var extra: [String: String] = [:]
    var directives: [MarkdownPoint: Directive] = [:]
    var shape: String?
  }

  private var fields: SharedValue<Fields>

  init(
    outputPath: String,
    origin: Origin,
    title: String,
    description: String?,
    order: Int?,
    sourcePath: String?,
    document: MarkdownDocument?,
    markdown: DeferredMarkdown? = nil,
    rewrites: HTMLRenderer.Rewrites = HTMLRenderer.Rewrites(),
    entity: EntityReference?,
    anchors: Set<String>,
    extra: [String: String] = [:],
    directives: [MarkdownPoint: Directive] = [:],
    shape: String? = nil
  ) {
    fields = SharedValue(
      Fields(
        outputPath: outputPath,
        origin: origin,
        title: title,
        description: description,
        order: order,
        sourcePath: sourcePath,
        document: document,
        markdown: markdown,
        rewrites: rewrites,
        entity: entity,
        anchors: anchors,
        extra: extra,
        directives: directives, shape: shape))
  }

  /// Relative to the output root, e.g. `services/rds.html`.
  public var outputPath: String {
    get { fields.value.outputPath }
    _modify { yield &fields.value.outputPath }
  }
  public var origin: Origin {
    get { fields.value.origin }
    _modify { yield &fields.value.origin }
  }
  public var title: String {
    get { fields.value.title }
    _modify { yield &fields.value.title }
  }
  public var description: String? {
    get { fields.value.description }
    _modify { yield &fields.value.description }
  }
  public var order: Int? {
    get { fields.value.order }
    _modify { yield &fields.value.order }
  }
  /// The Markdown source, relative to the site root; nil for generated pages.
  public var sourcePath: String? {
    get { fields.value.sourcePath }
    _modify { yield &fields.value.sourcePath }
  }
  /// The parsed Markdown, as loaded (only its ``PageOutline`` when ``markdown`` is kept); nil for
  /// generated pages.
  public var document: MarkdownDocument? {
    get { fields.value.document }
    _modify { yield &fields.value.document }
  }
  /// The Markdown the render parses again when `document` is only the outline
  /// (``LoadedPage/markdown``).
  var markdown: DeferredMarkdown? {
    get { fields.value.markdown }
    _modify { yield &fields.value.markdown }
  }
  /// Resolved link destinations and assigned heading ids, applied when the page is rendered.
  public var rewrites: HTMLRenderer.Rewrites {
    get { fields.value.rewrites }
    _modify { yield &fields.value.rewrites }
  }
  /// The entity whose page this is.
  public var entity: EntityReference? {
    get { fields.value.entity }
    _modify { yield &fields.value.entity }
  }
  /// Every `id` a link may target on this page.
  public var anchors: Set<String> {
    get { fields.value.anchors }
    _modify { yield &fields.value.anchors }
  }
  /// Front matter's `extra:` values, for templates (`{{page.extra.KEY}}`).
  public var extra: [String: String] {
    get { fields.value.extra }
    _modify { yield &fields.value.extra }
  }
  /// The page's `demarc` code blocks, parsed and checked, by the position of their fence.
  public var directives: [MarkdownPoint: Directive] {
    get { fields.value.directives }
    _modify { yield &fields.value.directives }
  }

  /// The front matter's part of the Markdown page's ``PageShape``, for a later build to patch the
  /// page after an edit of its prose alone; nil for generated pages.
  var shape: String? {
    get { fields.value.shape }
    _modify { yield &fields.value.shape }
  }

  /// The inner template: `entity` for any page about an entity, else by origin.
  public var template: TemplateName {
    switch (entity, origin) {
    case (.some, _): .entity
    case (nil, .section): .section
    case (nil, _): .page
    }
  }
}
