/// Whether a class has a provider at all.
public enum ClassKind: String, Hashable, Sendable, CaseIterable {
  /// On-premises: the customer runs everything; there is no provider party.
  case baseline
  case cloud
}
