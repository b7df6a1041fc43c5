/// Who is responsible for a layer or control under a class or service.
public enum Owner: String, Hashable, Sendable, CaseIterable {
  case provider
  case customer
  case shared
  /// Only for controls, only outside the baseline class, always with a reason (rule I15).
  case notApplicable = "not-applicable"

  /// The customer's share, for the monotonicity rules: customer 2, shared 1, provider 0.
  /// `not-applicable` has no rank and is skipped by those rules.
  public var customerShare: Int? {
    switch self {
    case .customer: 2
    case .shared: 1
    case .provider: 0
    case .notApplicable: nil
    }
  }
}
