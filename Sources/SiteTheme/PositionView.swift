/// One side of a dispute.
public struct PositionView: Sendable {
  public var claim: String
  public var citations: [LinkView]

  public init(claim: String, citations: [LinkView]) {
    self.claim = claim
    self.citations = citations
  }
}
