/// A heading of the current page, for the table of contents.
public struct TocEntry: Equatable, Sendable {
  public var title: String
  public var href: String
  /// 2 or 3.
  public var level: Int
  public var isSubsection: Bool

  public init(title: String, href: String, level: Int) {
    self.title = title
    self.href = href
    self.level = level
    self.isSubsection = level > 2
  }
}
