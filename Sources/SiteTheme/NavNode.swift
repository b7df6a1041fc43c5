/// One entry of the sidebar. Sections on the way to the current page are `open` and list their
/// children; other sections are collapsed and list none.
public struct NavNode: Equatable, Sendable {
  public var title: String
  public var href: String
  public var current: Bool
  public var open: Bool
  public var isSection: Bool
  public var children: [NavNode]
  public var hasChildren: Bool

  public init(title: String, href: String, current: Bool, open: Bool, isSection: Bool, children: [NavNode]) {
    self.title = title
    self.href = href
    self.current = current
    self.open = open
    self.isSection = isSection
    self.children = children
    self.hasChildren = !children.isEmpty
  }
}
