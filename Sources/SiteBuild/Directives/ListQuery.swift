import Dataset

/// The filters of a `list` directive; every filter given must match.
public struct ListQuery: Hashable, Sendable {
  public var kind: EntityKind
  /// Services: in this class. Layers and controls: with `owner` under this class.
  public var classID: String?
  /// Controls: of this nominal type.
  public var controlType: ControlType?
  /// Layers and controls: owned by this party under `classID`.
  public var owner: Owner?
  /// Services: with this confidence in their class. Disputes: of this kind is `disputeKind`.
  public var confidence: Confidence?
  public var disputeKind: DisputeKind?
  /// `list` (links with summaries) or `table`.
  public var asTable: Bool
}
