/// One owner cell: the owner said in words and by glyph (never by colour alone), the notes, and
/// how sure the sources are.
public struct FactCell: Equatable, Sendable {
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
