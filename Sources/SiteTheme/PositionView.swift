/// One side of a dispute.
public struct PositionView: Equatable, Sendable {
  public var claim: String
  public var citations: [LinkView]

  public init(claim: String, citations: [LinkView]) {
    self.claim = claim
    self.citations = citations
  }
}
