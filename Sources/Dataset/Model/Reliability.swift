/// How far a source can be trusted; entities resting only on `low` sources are reported (rule I19).
public enum Reliability: String, Hashable, Sendable, CaseIterable {
  case low
  case medium
  case high
}
