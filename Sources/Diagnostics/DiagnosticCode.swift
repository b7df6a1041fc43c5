/// The stable identifier of a kind of problem.
///
/// Raw values never change once released: CI filters, tests and dataset `exception.rule` fields name
/// them. `summary` is the one-line explanation printed in the README's table of codes.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable {
  // Files and YAML
  case invalidUTF8 = "invalid-utf8"
  case unreadableFile = "unreadable-file"
  case linkLoop = "link-loop"
  case unsafePath = "unsafe-path"
  case yamlSyntax = "yaml-syntax"
  case yamlTooComplex = "yaml-too-complex"
  case duplicateKey = "duplicate-key"
  case unknownKey = "unknown-key"
  case missingKey = "missing-key"
  case typeMismatch = "type-mismatch"
  case invalidValue = "invalid-value"
  case unsupportedSchemaVersion = "unsupported-schema-version"
  // Dataset invariants (I1-I20 of the dataset rules)
  case invalidID = "invalid-id"
  case duplicateID = "duplicate-id"
  case duplicateName = "duplicate-name"
  case unknownReference = "unknown-reference"
  case incompleteClass = "incomplete-class"
  case serviceClass = "service-class"
  case baselineOwner = "baseline-owner"
  case missingNote = "missing-note"
  case missingCitation = "missing-citation"
  case citationRange = "citation-range"
  case disputedSources = "disputed-sources"
  case controlType = "control-type"
  case monotonicClassOrder = "monotonic-class-order"
  case hardwareLine = "hardware-line"
  case anchorFact = "anchor-fact"
  case classOrder = "class-order"
  case redundantOverride = "redundant-override"
  case notApplicable = "not-applicable"
  case undisclosedDispute = "undisclosed-dispute"
  case conflictingCitation = "conflicting-citation"
  case missingEntityPage = "missing-entity-page"
  case duplicateEntityPage = "duplicate-entity-page"
  case sourceHygiene = "source-hygiene"
  case textHygiene = "text-hygiene"
  case unusedException = "unused-exception"
  case unregisteredDispute = "unregistered-dispute"
  // Pages and links
  case unclosedFrontMatter = "unclosed-front-matter"
  case missingTitle = "missing-title"
  case brokenLink = "broken-link"
  case brokenAnchor = "broken-anchor"
  case unknownEntity = "unknown-entity"
  case unsafeURL = "unsafe-url"
  case rawHTMLDropped = "raw-html-dropped"
  case routeCollision = "route-collision"
  case emptySite = "empty-site"
  case markdownTooDeep = "markdown-too-deep"
  case unsupportedSyntax = "unsupported-syntax"
  case invalidDirective = "invalid-directive"
  // Theme
  case missingTemplate = "missing-template"
  case templateSyntax = "template-syntax"
  case endlessPartial = "endless-partial"

  /// One line for the README's table of codes.
  public var summary: String {
    switch self {
    case .invalidUTF8: "A file is not valid UTF-8; the byte offset of the first bad sequence is given."
    case .unreadableFile:
      "A file or folder under the site cannot be read (permissions, an I/O error, a FIFO or device behind a link)."
    case .linkLoop:
      "A symbolic link leads to a folder the scan already read (a loop back up the tree, or a second way in); it is skipped."
    case .unsafePath:
      "A path or slug escapes its folder (`..`, absolute path, NUL, percent-encoded traversal)."
    case .yamlSyntax: "YAML that does not parse (dataset, front matter or site config)."
    case .yamlTooComplex: "YAML over the node budget (for example an alias bomb) or nested too deeply."
    case .duplicateKey: "The same key twice in one YAML mapping."
    case .unknownKey: "A key the schema does not know (an error in the dataset, a warning elsewhere)."
    case .missingKey: "A required key is absent."
    case .typeMismatch: "A value of the wrong YAML type (a list where a string belongs, and so on)."
    case .invalidValue: "A value outside its allowed set (owner, confidence, kind, citation syntax...)."
    case .unsupportedSchemaVersion: "The dataset's `schema_version` is not one this demarc reads."
    case .invalidID: "An id that is not a lowercase slug (`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)."
    case .duplicateID: "Two entities of one kind share an id."
    case .duplicateName: "Two entities of one kind share a name (case-insensitively)."
    case .unknownReference: "The dataset names a layer, class, control, source or tool that does not exist."
    case .incompleteClass: "A class lacks a cell for some layer or control."
    case .serviceClass: "A service's class disagrees with its class claims or confidence."
    case .baselineOwner: "A cell of the baseline (on-premises) class is not owned by the customer."
    case .missingNote: "A cell lacks the note of the party that owns it (both notes when shared)."
    case .missingCitation: "An entity, cell or claim cites no source."
    case .citationRange: "A citation's line range falls outside its source."
    case .disputedSources: "A disputed cell cites fewer than two distinct sources or has no claims."
    case .controlType:
      "A control's owners contradict its nominal type (inherited, shared, customer-specific)."
    case .monotonicClassOrder:
      "The customer's share grows from one cloud class to the next, more managed one."
    case .hardwareLine: "Within one class, the customer's share grows going down the stack."
    case .anchorFact: "A cell contradicts the model's anchors (physical... provider; data, users customer)."
    case .classOrder: "Class `order` values are not unique, or the baseline is not the lowest."
    case .redundantOverride: "A service override repeats its class default."
    case .notApplicable: "`not-applicable` on a layer, under the baseline, or without a reason."
    case .undisclosedDispute: "A cell has claims for another owner but is not marked `disputed`."
    case .conflictingCitation: "The same passage of a source is cited for two different owners of one cell."
    case .missingEntityPage: "An entity has no page of prose bound to it with `about:`."
    case .duplicateEntityPage: "Two pages bind themselves to the same entity."
    case .sourceHygiene:
      "A source lacks its kind or retrieval date, or an entity rests on low-reliability sources."
    case .textHygiene: "Empty strings, tabs, trailing spaces, over-long cell notes or known misspellings."
    case .unusedException: "An `exception` silences a rule that does not fire on its cell."
    case .unregisteredDispute:
      "A disputed cell or service is named in no dispute's `affects`, so readers get no explanation."
    case .unclosedFrontMatter: "Front matter opened with `---` is never closed."
    case .missingTitle: "A page has no `title` in its front matter."
    case .brokenLink: "A relative link to a `.md` page or file that does not exist."
    case .brokenAnchor: "A link's `#fragment` names no heading on the target page."
    case .unknownEntity: "A typed link (`service:ID`...) or `about:` names an entity that does not exist."
    case .unsafeURL: "A link or image uses a `javascript:`, `vbscript:`, `file:` or non-image `data:` URL."
    case .rawHTMLDropped: "Raw HTML in Markdown was dropped because the site does not allow it."
    case .emptySite:
      "The site has no pages: no content folder, an empty one, or a site root that is itself a folder of pages."
    case .routeCollision:
      "Two inputs map to one output path (also when they differ only in case or Unicode normalisation), or an authored file takes a name demarc generates."
    case .invalidDirective:
      "A `demarc` code block names an unknown directive or lacks what the directive needs."
    case .unsupportedSyntax:
      "Markdown another renderer reads that demarc does not (footnotes); it is shown as written."
    case .markdownTooDeep: "Markdown nested deeper than demarc renders; the excess is flattened to text."
    case .missingTemplate: "The theme lacks a template the build needs."
    case .templateSyntax: "A Mustache template does not parse."
    case .endlessPartial:
      "A template includes, outside any section, a partial that always includes it again, so rendering it would never end."
    }
  }
}
