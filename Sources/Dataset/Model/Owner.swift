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

/// How firmly the sources support a cell or a service's class.
public enum Confidence: String, Hashable, Sendable, CaseIterable {
  case stated
  case inferred
  case disputed
}

/// The nominal control type, as AWS states it; optional because some controls vary by class.
public enum ControlType: String, Hashable, Sendable, CaseIterable {
  case inherited
  case shared
  case customerSpecific = "customer-specific"
}

/// Whether a class has a provider at all.
public enum ClassKind: String, Hashable, Sendable, CaseIterable {
  /// On-premises: the customer runs everything; there is no provider party.
  case baseline
  case cloud
}

/// Which side of the "of the cloud / in the cloud" split a layer sits on (drives rule I12).
public enum LayerSide: String, Hashable, Sendable, CaseIterable {
  /// Security IN the cloud: the customer's in every class.
  case `in`
  /// Security OF the cloud: the provider's in every cloud class.
  case of
  /// Moves between the parties as the class changes.
  case boundary
}

public enum SourceKind: String, Hashable, Sendable, CaseIterable {
  case seed
  case primary
  case secondary
}

public enum Reliability: String, Hashable, Sendable, CaseIterable {
  case low
  case medium
  case high
}

/// What kind of problem a dispute records.
public enum DisputeKind: String, Hashable, Sendable, CaseIterable {
  /// Sources say different things.
  case disagreement
  /// Sources leave out something the model needs (the lost table colours).
  case gap
  /// A source is plainly wrong (a misspelt service name, a garbled sentence).
  case error
}
