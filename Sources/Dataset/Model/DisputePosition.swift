import Diagnostics

/// One side of a dispute: what a source claims, and the sources that claim it.
public struct DisputePosition: Hashable, Sendable {
  public var claim: Located<String>
  public var citations: [Citation]
}
