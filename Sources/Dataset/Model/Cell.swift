import Diagnostics

/// Who owns one layer or control under one class (or one service's override), and why we think so.
public struct Cell: Hashable, Sendable {
  public var owner: Located<Owner>
  /// What the provider does; context only when the provider does not own the cell.
  public var providerNote: Located<String>?
  /// What the customer does; context only when the customer does not own the cell.
  public var customerNote: Located<String>?
  public var confidence: Confidence
  /// Other owners that some sources assert.
  public var claims: [Claim]
  public var citations: [Citation]
  public var exception: RuleException?
  /// Required with `not-applicable`: why the control does not arise here.
  public var reason: Located<String>?
  /// Editorial note for maintainers; never rendered.
  public var note: String?
  /// The cell's key (`network:`), which diagnostics about the whole cell point at.
  public var location: SourceLocation

  public init(
    owner: Located<Owner>, providerNote: Located<String>? = nil, customerNote: Located<String>? = nil,
    confidence: Confidence = .stated, claims: [Claim] = [], citations: [Citation] = [],
    exception: RuleException? = nil, reason: Located<String>? = nil, note: String? = nil,
    location: SourceLocation
  ) {
    self.owner = owner
    self.providerNote = providerNote
    self.customerNote = customerNote
    self.confidence = confidence
    self.claims = claims
    self.citations = citations
    self.exception = exception
    self.reason = reason
    self.note = note
    self.location = location
  }
}
