/// One owner cell, in every table demarc draws: an entity page's facts, the matrix, a comparison,
/// a diff. The owner is said in words and by glyph (never by colour alone); what else a cell shows
/// depends on the table: a compact table links the cell to the row that explains it and numbers its
/// citations as footnotes, a facts table spells out the notes and links its sources. One partial,
/// `partials/owner-cell`, draws them all, so a theme restyles every table in one place.
///
/// Names are distinct from those of the enclosing views (`cellHref`, not `href`): Mustache looks an
/// absent value up in the enclosing context, so a cell with no link must not find its row's.
public struct OwnerCellView: Equatable, Sendable {
  /// `provider`, `customer`, `shared`, `not-applicable` or `missing`; for CSS classes.
  public var owner: String
  public var ownerLabel: String
  /// A glyph that survives grayscale print and colour blindness.
  public var glyph: String
  /// True for a column with no cell for this row (a class that does not assign it).
  public var isMissing: Bool
  /// Where the cell is explained: its row on the subject's page (compact tables).
  public var cellHref: String?
  public var isInferred: Bool
  public var isDisputed: Bool
  /// Numbered links to the table's footnotes (compact tables).
  public var footnoteRefs: [FootnoteReference]
  public var hasFootnoteRefs: Bool
  /// Other owners some sources claim.
  public var claims: [ClaimView]
  public var hasClaims: Bool
  public var providerNote: String?
  public var customerNote: String?
  /// Why the cell does not apply.
  public var reason: String?
  public var exception: String?
  /// `class` or `service`: where a service's cell came from.
  public var origin: String?
  /// The sources, as links (facts tables).
  public var citations: [LinkView]
  public var hasCitations: Bool
  /// The dispute-register entries that explain a disputed cell.
  public var disputes: [LinkView]
  public var hasDisputes: Bool

  public init(
    owner: String, ownerLabel: String, glyph: String, confidence: Confidence, cellHref: String? = nil,
    footnoteRefs: [FootnoteReference] = [], claims: [ClaimView] = [], providerNote: String? = nil,
    customerNote: String? = nil, reason: String? = nil, exception: String? = nil, origin: String? = nil,
    citations: [LinkView] = [], disputes: [LinkView] = []
  ) {
    self.owner = owner
    self.ownerLabel = ownerLabel
    self.glyph = glyph
    self.isMissing = false
    self.cellHref = cellHref
    self.isInferred = confidence == .inferred
    self.isDisputed = confidence == .disputed
    self.footnoteRefs = footnoteRefs
    self.hasFootnoteRefs = !footnoteRefs.isEmpty
    self.claims = claims
    self.hasClaims = !claims.isEmpty
    self.providerNote = providerNote
    self.customerNote = customerNote
    self.reason = reason
    self.exception = exception
    self.origin = origin
    self.citations = citations
    self.hasCitations = !citations.isEmpty
    self.disputes = disputes
    self.hasDisputes = !disputes.isEmpty
  }

  /// How sure the sources are; the view turns it into the two badges a template tests.
  public enum Confidence: Sendable { case stated, inferred, disputed }

  /// The cell of a column that assigns nothing for the row.
  public static let missing: OwnerCellView = {
    var cell = OwnerCellView(owner: "missing", ownerLabel: "None", glyph: "–", confidence: .stated)
    cell.isMissing = true
    return cell
  }()
}

/// A numbered link from a cell to one of its table's footnotes.
public struct FootnoteReference: Equatable, Sendable {
  public var number: Int
  public var refHref: String
  /// The first of a cell's references, which a template writes without a separator before it.
  public var isFirstRef: Bool

  public init(number: Int, refHref: String, isFirstRef: Bool) {
    self.number = number
    self.refHref = refHref
    self.isFirstRef = isFirstRef
  }
}

/// Another owner some sources claim for a disputed cell.
public struct ClaimView: Equatable, Sendable {
  public var claimOwner: String
  /// The claim's citations as text ("per SEED-1 §3"), for tables without footnotes.
  public var per: String?
  public var claimRefs: [FootnoteReference]
  public var hasClaimRefs: Bool
  public var isFirstClaim: Bool

  public init(claimOwner: String, per: String?, claimRefs: [FootnoteReference], isFirstClaim: Bool) {
    self.claimOwner = claimOwner
    self.per = per
    self.claimRefs = claimRefs
    self.hasClaimRefs = !claimRefs.isEmpty
    self.isFirstClaim = isFirstClaim
  }
}
