/// `service/rds` in front matter, `service:rds` in a link.
public struct EntityReference: Hashable, Sendable, Comparable, CustomStringConvertible {
  public var kind: EntityKind
  public var id: String

  public init(kind: EntityKind, id: String) {
    self.kind = kind
    self.id = id
  }

  public var description: String { "\(kind.rawValue)/\(id)" }

  /// Parses `kind/id`; nil when the kind is unknown or the id malformed.
  public init?(parsing text: String) {
    let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 2, let kind = EntityKind(rawValue: parts[0]), Identifier.isValid(parts[1]) else {
      return nil
    }
    self.init(kind: kind, id: parts[1])
  }

  public static func < (lhs: EntityReference, rhs: EntityReference) -> Bool {
    (lhs.kind, lhs.id) < (rhs.kind, rhs.id)
  }
}
