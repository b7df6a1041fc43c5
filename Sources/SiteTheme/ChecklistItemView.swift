/// One line of a service page's "What you must do" list: a layer or control the customer owns or
/// shares, what it must do there, and the sources. The customer responsibility matrix export has
/// the same rows.
public struct ChecklistItemView: Equatable, Sendable {
  /// The layer or control's name, and the row of the effective-responsibility table it comes from.
  public var target: String
  public var href: String
  /// `customer` or `shared`, for the badge's class.
  public var owner: String
  public var ownerLabel: String
  public var duty: String
  public var citations: [LinkView]

  public init(
    target: String, href: String, owner: String, ownerLabel: String, duty: String, citations: [LinkView]
  ) {
    self.target = target
    self.href = href
    self.owner = owner
    self.ownerLabel = ownerLabel
    self.duty = duty
    self.citations = citations
  }
}
