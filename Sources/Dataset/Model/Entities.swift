import Diagnostics

/// The organisation on the provider side of the model (AWS in the shipped handbook).
public struct Provider: Hashable, Sendable {
  public var id: Located<String>
  public var name: String
  public var short: String
  public var url: String?
}

/// One layer of the stack, from users at the top to physical at the bottom.
public struct Layer: Hashable, Sendable {
  public var id: Located<String>
  public var name: Located<String>
  /// Lower comes first (top of the stack); unique, gaps allowed.
  public var order: Located<Int>
  public var summary: Located<String>?
  public var side: LayerSide?
  public var citations: [Citation]
}

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

/// A security control or responsibility item.
public struct Control: Hashable, Sendable {
  public var id: Located<String>
  public var name: Located<String>
  public var type: ControlType?
  /// The layers the control concerns.
  public var layers: [Located<String>]
  /// Security tools that help with it (IAM, CloudTrail...).
  public var tools: [Located<String>]
  public var providerNote: Located<String>?
  public var customerNote: Located<String>?
  /// External control ids by scheme, e.g. `nist-sp800-53r5: [si-2]`.
  public var mappings: [String: [String]]
  public var summary: Located<String>?
  public var citations: [Citation]
  /// Silences one rule about the control as a whole, with the reason shown.
  public var exception: RuleException?
}

/// A security tool or service that controls point to (IAM, CloudTrail...), not a classified service.
public struct Tool: Hashable, Sendable {
  public var id: Located<String>
  public var name: Located<String>
  public var summary: Located<String>?
  public var url: String?
  public var citations: [Citation]
}

/// A bibliography entry.
public struct Source: Hashable, Sendable {
  public var id: Located<String>
  public var title: Located<String>
  public var kind: SourceKind?
  public var url: String?
  public var via: String?
  public var retrieved: Located<String>?
  public var reliability: Reliability?
  /// Number of lines in the stored copy, so line citations can be range-checked.
  public var lines: Int?
  public var notes: String?
}

/// A class's claim for a service, with the sources that make it.
public struct ClassClaim: Hashable, Sendable {
  public var classID: Located<String>
  public var citations: [Citation]
}

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

/// Every layer and control cell of one class.
public struct ClassAssignments: Hashable, Sendable {
  public var classID: Located<String>
  public var cells: [CellTarget: Cell]
  /// Every target the file names, including cells that failed to load, so that a broken cell is
  /// reported once (where it is broken) and not again as missing.
  public var declared: Set<CellTarget>
  /// The file the assignments came from, for "missing cell" diagnostics.
  public var location: SourceLocation
}

/// One place where the sources disagree, leave a gap or err: the dispute register, kept as data so
/// that nothing is silently resolved and every disputed cell points back to its explanation.
public struct Dispute: Hashable, Sendable {
  public var id: Located<String>
  public var title: Located<String>
  public var kind: DisputeKind
  public var summary: Located<String>?
  /// What each side says, with its sources.
  public var positions: [DisputePosition]
  /// How this handbook handles it, and why.
  public var resolution: Located<String>?
  /// The entities the dispute bears on (`service/rds`, `class/container`, `layer/network`...).
  public var affects: [Located<EntityReference>]
}

public struct DisputePosition: Hashable, Sendable {
  public var claim: Located<String>
  public var citations: [Citation]
}
