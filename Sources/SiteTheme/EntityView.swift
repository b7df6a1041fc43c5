/// A dataset entity as an entity page shows it: its facts as tables, and what links to it.
public struct EntityView: Sendable {
  /// `layer`, `class`, `service`, `control`, `tool` or `source`.
  public var kind: String
  /// A reader's label for the kind ("Service", "Layer"...).
  public var kindLabel: String
  public var id: String
  public var name: String
  public var summary: String?
  /// Short label/value lines: class, type, aliases, sources...
  public var properties: [PropertyView]
  public var tables: [FactTable]
  /// On a dispute's page: what each side says.
  public var positions: [PositionView]
  public var hasPositions: Bool
  /// Pages whose Markdown links to this entity.
  public var backlinks: [LinkView]
  public var hasProperties: Bool
  public var hasBacklinks: Bool

  public init(
    kind: String, kindLabel: String, id: String, name: String, summary: String?, properties: [PropertyView],
    tables: [FactTable], positions: [PositionView] = [], backlinks: [LinkView]
  ) {
    self.kind = kind
    self.kindLabel = kindLabel
    self.id = id
    self.name = name
    self.summary = summary
    self.properties = properties
    self.tables = tables
    self.positions = positions
    self.hasPositions = !positions.isEmpty
    self.backlinks = backlinks
    self.hasProperties = !properties.isEmpty
    self.hasBacklinks = !backlinks.isEmpty
  }
}

/// One side of a dispute.
public struct PositionView: Sendable {
  public var claim: String
  public var citations: [LinkView]

  public init(claim: String, citations: [LinkView]) {
    self.claim = claim
    self.citations = citations
  }
}

public struct PropertyView: Sendable {
  public var label: String
  public var value: String
  public var href: String?

  public init(label: String, value: String, href: String? = nil) {
    self.label = label
    self.value = value
    self.href = href
  }
}

/// A generated table of ownership facts: one row per layer, control or class.
public struct FactTable: Sendable {
  public var caption: String
  /// Header of the first column, then of the rest.
  public var rowHeader: String
  public var columns: [String]
  public var rows: [FactRow]

  public init(caption: String, rowHeader: String, columns: [String], rows: [FactRow]) {
    self.caption = caption
    self.rowHeader = rowHeader
    self.columns = columns
    self.rows = rows
  }
}

public struct FactRow: Sendable {
  /// The row's anchor, so links can point at one fact (`#layer-network`).
  public var id: String
  public var header: String
  public var href: String?
  public var cells: [FactCell]

  public init(id: String, header: String, href: String?, cells: [FactCell]) {
    self.id = id
    self.header = header
    self.href = href
    self.cells = cells
  }
}

/// One owner cell: the owner said in words and by glyph (never by colour alone), the notes, and
/// how sure the sources are.
public struct FactCell: Sendable {
  /// `provider`, `customer`, `shared` or `not-applicable`; for CSS classes.
  public var owner: String
  public var ownerLabel: String
  /// A glyph that survives grayscale print and colour blindness.
  public var glyph: String
  public var providerNote: String?
  public var customerNote: String?
  public var confidence: String
  public var isInferred: Bool
  public var isDisputed: Bool
  /// Other owners some sources claim, as text.
  public var claims: [String]
  public var hasClaims: Bool
  public var citations: [LinkView]
  /// The dispute-register entries that explain a disputed cell.
  public var disputes: [LinkView]
  public var hasDisputes: Bool
  /// `class` or `service`: where a service's cell came from.
  public var origin: String?
  public var reason: String?
  public var exception: String?

  public init(
    owner: String, ownerLabel: String, glyph: String, providerNote: String?, customerNote: String?,
    confidence: String,
    claims: [String], citations: [LinkView], disputes: [LinkView] = [], origin: String?, reason: String?,
    exception: String?
  ) {
    self.owner = owner
    self.ownerLabel = ownerLabel
    self.glyph = glyph
    self.providerNote = providerNote
    self.customerNote = customerNote
    self.confidence = confidence
    self.isInferred = confidence == "inferred"
    self.isDisputed = confidence == "disputed"
    self.claims = claims
    self.hasClaims = !claims.isEmpty
    self.citations = citations
    self.disputes = disputes
    self.hasDisputes = !disputes.isEmpty
    self.origin = origin
    self.reason = reason
    self.exception = exception
  }
}
