/// How firmly the sources support a cell or a service's class.
public enum Confidence: String, Hashable, Sendable, CaseIterable {
  case stated
  case inferred
  case disputed
}
