/// What kind of problem a dispute records.
public enum DisputeKind: String, Hashable, Sendable, CaseIterable {
  /// Sources say different things.
  case disagreement
  /// Sources leave out something the model needs (the lost table colours).
  case gap
  /// A source is plainly wrong (a misspelt service name, a garbled sentence).
  case error
}
