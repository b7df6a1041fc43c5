import Diagnostics

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
