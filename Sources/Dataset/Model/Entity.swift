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

extension Entity {
  public var reference: EntityReference { EntityReference(kind: Self.kind, id: id.value) }
}

extension Layer: Entity {
  public static let kind = EntityKind.layer
  public var displayName: String { name.value }
  public var summaryText: String? { summary?.value }
}

extension ServiceClass: Entity {
  public static let kind = EntityKind.serviceClass
  public var displayName: String { name.value }
  public var summaryText: String? { summary?.value }
}

extension Service: Entity {
  public static let kind = EntityKind.service
  public var displayName: String { name.value }
  public var summaryText: String? { summary?.value }
}

extension Control: Entity {
  public static let kind = EntityKind.control
  public var displayName: String { name.value }
  public var summaryText: String? { summary?.value }
}

extension Tool: Entity {
  public static let kind = EntityKind.tool
  public var displayName: String { name.value }
  public var summaryText: String? { summary?.value }
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
