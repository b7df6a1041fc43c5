import Diagnostics

/// The organisation on the provider side of the model (AWS in the shipped handbook).
public struct Provider: Hashable, Sendable {
  public var id: Located<String>
  public var name: String
  public var short: String
  public var url: String?
}
