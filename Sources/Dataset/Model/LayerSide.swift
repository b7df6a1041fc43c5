/// Which side of the "of the cloud / in the cloud" split a layer sits on (drives rule I12).
public enum LayerSide: String, Hashable, Sendable, CaseIterable {
  /// Security IN the cloud: the customer's in every class.
  case `in`
  /// Security OF the cloud: the provider's in every cloud class.
  case of
  /// Moves between the parties as the class changes.
  case boundary
}
