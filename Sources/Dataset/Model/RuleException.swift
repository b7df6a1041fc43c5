import Diagnostics

/// Silences one named rule on one cell or service, with the reason a reader will see.
public struct RuleException: Hashable, Sendable {
  public var rule: Located<String>
  public var reason: Located<String>
  public var location: SourceLocation

  public init(rule: Located<String>, reason: Located<String>, location: SourceLocation) {
    self.rule = rule
    self.reason = reason
    self.location = location
  }
}
