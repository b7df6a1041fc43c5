import Diagnostics

/// Silences named rules on one cell or service, with the reason a reader will see.
///
/// Usually one rule (`rule: hardware-line`); a list (`rule: [anchor-fact, hardware-line]`) where
/// one fact breaks several rules at once, as a layer the customer guards on its own premises does.
/// Each rule that then silences nothing is reported on its own.
public struct RuleException: Hashable, Sendable {
  public var rules: [Located<String>]
  public var reason: Located<String>
  public var location: SourceLocation

  public init(rules: [Located<String>], reason: Located<String>, location: SourceLocation) {
    self.rules = rules
    self.reason = reason
    self.location = location
  }

  /// The rule with this code, when the exception names it.
  public func rule(_ code: String) -> Located<String>? { rules.first { $0.value == code } }
}
