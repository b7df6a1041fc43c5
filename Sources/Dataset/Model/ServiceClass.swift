import Diagnostics

/// A service class (on-premises, infrastructure, container, abstract) and its aliases.
public struct ServiceClass: Hashable, Sendable {
  public var id: Located<String>
  public var name: Located<String>
  /// The generic label shown in tables (IaaS, PaaS, SaaS).
  public var model: String?
  /// Other names readers search for ("PaaS", "Platform as a Service").
  public var aliases: [String]
  /// Lower is less managed; the baseline must be the lowest.
  public var order: Located<Int>
  public var kind: ClassKind
  public var summary: Located<String>?
  public var citations: [Citation]
}
