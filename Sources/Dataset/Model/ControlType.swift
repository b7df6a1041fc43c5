/// The nominal control type, as AWS states it; optional because some controls vary by class.
public enum ControlType: String, Hashable, Sendable, CaseIterable {
  case inherited
  case shared
  case customerSpecific = "customer-specific"
}
