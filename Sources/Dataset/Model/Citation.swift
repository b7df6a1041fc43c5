import Diagnostics

/// A reference to a source, optionally down to lines: `seed-002`, `seed-002#L124`,
/// `seed-002#L124-133`, or `aws-srm#fragment` for a web page section.
public struct Citation: Hashable, Sendable {
  public enum Locator: Hashable, Sendable {
    case lines(first: Int, last: Int)
    case fragment(String)
  }

  public var sourceID: String
  public var locator: Locator?
  public var location: SourceLocation

  public init(sourceID: String, locator: Locator? = nil, location: SourceLocation) {
    self.sourceID = sourceID
    self.locator = locator
    self.location = location
  }

  /// Parses the citation syntax; nil when it is malformed.
  public static func parse(_ text: String, at location: SourceLocation) -> Citation? {
    let parts = text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
    let id = String(parts[0])
    guard Identifier.isValid(id) else { return nil }
    guard parts.count == 2 else { return Citation(sourceID: id, location: location) }
    let rest = parts[1]
    if rest.first == "L", rest.count > 1 {
      let bounds = rest.dropFirst().split(separator: "-", omittingEmptySubsequences: false)
      let numbers = bounds.compactMap { Int($0) }
      guard numbers.count == bounds.count, (1...2).contains(numbers.count), numbers[0] >= 1,
        numbers.last! >= numbers[0]
      else { return nil }
      return Citation(
        sourceID: id, locator: .lines(first: numbers[0], last: numbers.last!), location: location)
    }
    guard !rest.isEmpty, !rest.contains(where: { $0 == " " || $0 == "#" }) else { return nil }
    return Citation(sourceID: id, locator: .fragment(String(rest)), location: location)
  }

  /// True when both citations could point at the same statement: the same source, and lines that
  /// overlap (or no locator on either). A source that says two things on different lines is a
  /// genuine dispute; the same passage cited for two owners is a slip.
  public func overlaps(_ other: Citation) -> Bool {
    guard sourceID == other.sourceID else { return false }
    switch (locator, other.locator) {
    case (nil, _), (_, nil): return true
    case (.lines(let first, let last), .lines(let otherFirst, let otherLast)):
      return first <= otherLast && otherFirst <= last
    case (.fragment(let fragment), .fragment(let otherFragment)): return fragment == otherFragment
    default: return false
    }
  }

  /// The text form, as written in the dataset and shown in footnotes.
  public var text: String {
    switch locator {
    case nil: sourceID
    case .lines(let first, let last) where first == last: "\(sourceID)#L\(first)"
    case .lines(let first, let last): "\(sourceID)#L\(first)-\(last)"
    case .fragment(let fragment): "\(sourceID)#\(fragment)"
    }
  }
}
