/// A label and value shown in an entity's summary list, optionally linked.
public struct PropertyView: Equatable, Sendable {
  public var label: String
  public var value: String
  public var href: String?

  public init(label: String, value: String, href: String? = nil) {
    self.label = label
    self.value = value
    self.href = href
  }
}
