import Diagnostics

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
