import Diagnostics

/// A class's claim for a service, with the sources that make it.
public struct ClassClaim: Hashable, Sendable {
  public var classID: Located<String>
  public var citations: [Citation]
}
