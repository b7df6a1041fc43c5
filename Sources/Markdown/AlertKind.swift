/// The five GitHub alert kinds, by the word inside `[!…]`.
public enum AlertKind: String, Hashable, Sendable, CaseIterable {
  case note, tip, important, warning, caution

  /// The title GitHub shows above the alert.
  public var title: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
