/// Anything the dataset holds that a page can be about and a typed link can name: a layer, class,
/// service, control, tool, source or dispute. What every kind has in common lives here, so code
/// that handles entities in general never switches on their kind.
public protocol Entity: Sendable {
  static var kind: EntityKind { get }
  var id: Located<String> { get }
  /// The name pages and tables show.
  var displayName: String { get }
  /// The one line shown under the name in lists and on the entity's page.
  var summaryText: String? { get }
}

/// An entity shown by its `name` and `summary` fields: every kind but sources (a title and notes)
/// and disputes (a title).
public protocol NamedEntity: Entity {
  var name: Located<String> { get }
  var summary: Located<String>? { get }
}

extension NamedEntity {
  public var displayName: String { name.value }
  public var summaryText: String? { summary?.value }
}

extension Entity {
  public var reference: EntityReference { EntityReference(kind: Self.kind, id: id.value) }
}

extension Layer: NamedEntity {
  public static let kind = EntityKind.layer
}

extension ServiceClass: NamedEntity {
  public static let kind = EntityKind.serviceClass
}

extension Service: NamedEntity {
  public static let kind = EntityKind.service
}

extension Control: NamedEntity {
  public static let kind = EntityKind.control
}

extension Tool: NamedEntity {
  public static let kind = EntityKind.tool
}

/// A source's page and lists show its notes under its title.
extension Source: Entity {
  public static let kind = EntityKind.source
  public var displayName: String { title.value }
  public var summaryText: String? { notes }
}

extension Dispute: Entity {
  public static let kind = EntityKind.dispute
  public var displayName: String { title.value }
  public var summaryText: String? { summary?.value }
}
