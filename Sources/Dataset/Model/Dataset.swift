import Diagnostics

/// The whole responsibility dataset, loaded from `Content/data/`.
///
/// Arrays are sorted by `order` (layers, classes) or by id (everything else), never by file-system
/// order, so every consumer sees the same sequence on every machine.
public struct Dataset: Hashable, Sendable {
  public private(set) var schemaVersion: Int
  public private(set) var providers: [Provider]
  public private(set) var layers: [Layer]
  public private(set) var classes: [ServiceClass]
  public private(set) var controls: [Control]
  public private(set) var tools: [Tool]
  public private(set) var sources: [Source]
  public private(set) var services: [Service]
  public private(set) var disputes: [Dispute]
  public private(set) var assignments: [String: ClassAssignments]
  /// Every entity by reference and kind; derived from the arrays above when the dataset is made.
  private var index = EntityIndex([])

  public init(
    schemaVersion: Int = 1, providers: [Provider] = [], layers: [Layer] = [], classes: [ServiceClass] = [],
    controls: [Control] = [], tools: [Tool] = [], sources: [Source] = [], services: [Service] = [],
    disputes: [Dispute] = [], assignments: [String: ClassAssignments] = [:]
  ) {
    self.schemaVersion = schemaVersion
    self.providers = providers
    self.layers = layers.sorted { ($0.order.value, $0.id.value) < ($1.order.value, $1.id.value) }
    self.classes = classes.sorted { ($0.order.value, $0.id.value) < ($1.order.value, $1.id.value) }
    self.controls = controls.sorted { $0.id.value < $1.id.value }
    self.tools = tools.sorted { $0.id.value < $1.id.value }
    self.sources = sources.sorted { $0.id.value < $1.id.value }
    self.services = services.sorted { $0.id.value < $1.id.value }
    self.disputes = disputes.sorted { $0.id.value < $1.id.value }
    self.assignments = assignments
    self.index = EntityIndex([
      self.layers, self.classes, self.services, self.controls, self.tools, self.sources, self.disputes,
    ])
  }

  public static let empty = Dataset()

  public var isEmpty: Bool { layers.isEmpty && classes.isEmpty && controls.isEmpty && services.isEmpty }

  /// The entity a reference names, found in the index.
  public func entity(_ reference: EntityReference) -> (any Entity)? { index.byReference[reference] }

  /// The entity a reference names, or why there is none, with the nearest id as a hint.
  public func lookup(_ reference: EntityReference) -> Result<any Entity, UnknownEntity> {
    if let entity = entity(reference) { return .success(entity) }
    return .failure(
      UnknownEntity(
        reference: reference, suggestion: Suggestion.nearest(to: reference.id, in: ids(of: reference.kind))))
  }

  /// Every entity of one kind, in the dataset's order.
  public func entities(of kind: EntityKind) -> [any Entity] { index.byKind[kind] ?? [] }

  public func layer(_ id: String) -> Layer? { typed(.layer, id) }
  public func serviceClass(_ id: String) -> ServiceClass? { typed(.serviceClass, id) }
  public func control(_ id: String) -> Control? { typed(.control, id) }
  public func service(_ id: String) -> Service? { typed(.service, id) }
  public func source(_ id: String) -> Source? { typed(.source, id) }
  public func tool(_ id: String) -> Tool? { typed(.tool, id) }
  public func dispute(_ id: String) -> Dispute? { typed(.dispute, id) }

  private func typed<T: Entity>(_ kind: EntityKind, _ id: String) -> T? {
    entity(EntityReference(kind: kind, id: id)) as? T
  }

  /// Every cell target in display order: layers top to bottom, then controls by id.
  public var targets: [CellTarget] {
    layers.map { .layer($0.id.value) } + controls.map { .control($0.id.value) }
  }

  /// The cell a class assigns to a target.
  public func cell(class classID: String, target: CellTarget) -> Cell? {
    assignments[classID]?.cells[target]
  }

  /// A service's cell: its override when it has one, else its class's default.
  public func effectiveCell(service: Service, target: CellTarget) -> EffectiveCell? {
    if let override = service.overrides[target] { return EffectiveCell(cell: override, origin: .service) }
    return cell(class: service.classID.value, target: target).map {
      EffectiveCell(cell: $0, origin: .serviceClass)
    }
  }

  /// The ids of every entity of one kind, for reference checks and "did you mean" hints.
  public func ids(of kind: EntityKind) -> [String] { entities(of: kind).map(\.id.value) }

  /// The one-line description of an entity that lists and pages show under its name.
  public func summary(of reference: EntityReference) -> String? { entity(reference)?.summaryText }

  /// The display name of an entity, or nil when there is none with that id.
  public func name(of reference: EntityReference) -> String? { entity(reference)?.displayName }
}
