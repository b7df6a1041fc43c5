import Diagnostics

/// An owner that a source asserts for a cell, against the one the dataset chose.
public struct Claim: Hashable, Sendable {
  public var owner: Located<Owner>
  public var citations: [Citation]
  public var location: SourceLocation

  public init(owner: Located<Owner>, citations: [Citation], location: SourceLocation) {
    self.owner = owner
    self.citations = citations
    self.location = location
  }
}
