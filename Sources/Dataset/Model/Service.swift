import Diagnostics

/// A concrete service (EC2, RDS...): its class, the claims about that class, and its overrides.
public struct Service: Hashable, Sendable {
  public var id: Located<String>
  public var name: Located<String>
  public var longName: String?
  public var provider: Located<String>
  public var classID: Located<String>
  public var classClaims: [ClassClaim]
  public var confidence: Confidence
  public var summary: Located<String>?
  public var tools: [Located<String>]
  /// Cells that differ from the class defaults, in file order.
  public var overrides: [CellTarget: Cell]
  public var citations: [Citation]
  /// Silences one rule about the service as a whole (not its cells), with the reason shown.
  public var exception: RuleException?
}
