import Diagnostics

/// The whole responsibility dataset, loaded from `Content/data/`.
///
/// Arrays are sorted by `order` (layers, classes) or by id (everything else), never by file-system
/// order, so every consumer sees the same sequence on every machine.
public struct Dataset: Hashable, Sendable {
  public var schemaVersion: Int
  public var providers: [Provider]
  public var layers: [Layer]
  public var classes: [ServiceClass]
  public var controls: [Control]
  public var tools: [Tool]
  public var sources: [Source]
  public var services: [Service]
  public var disputes: [Dispute]
  public var assignments: [String: ClassAssignments]

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
  }

  public static let empty = Dataset()

  public var isEmpty: Bool { layers.isEmpty && classes.isEmpty && controls.isEmpty && services.isEmpty }

  public func layer(_ id: String) -> Layer? { layers.first { $0.id.value == id } }
  public func serviceClass(_ id: String) -> ServiceClass? { classes.first { $0.id.value == id } }
  public func control(_ id: String) -> Control? { controls.first { $0.id.value == id } }
  public func service(_ id: String) -> Service? { services.first { $0.id.value == id } }
  public func source(_ id: String) -> Source? { sources.first { $0.id.value == id } }
  public func tool(_ id: String) -> Tool? { tools.first { $0.id.value == id } }
  public func dispute(_ id: String) -> Dispute? { disputes.first { $0.id.value == id } }

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
  public func ids(of kind: EntityKind) -> [String] {
    switch kind {
    case .layer: layers.map(\.id.value)
    case .serviceClass: classes.map(\.id.value)
    case .service: services.map(\.id.value)
    case .control: controls.map(\.id.value)
    case .source: sources.map(\.id.value)
    case .tool: tools.map(\.id.value)
    case .dispute: disputes.map(\.id.value)
    }
  }

  /// The one-line description of an entity that lists and pages show under its name: a source's
  /// notes, every other entity's summary.
  public func summary(of reference: EntityReference) -> String? {
    switch reference.kind {
    case .layer: layer(reference.id)?.summary?.value
    case .serviceClass: serviceClass(reference.id)?.summary?.value
    case .service: service(reference.id)?.summary?.value
    case .control: control(reference.id)?.summary?.value
    case .source: source(reference.id)?.notes
    case .tool: tool(reference.id)?.summary?.value
    case .dispute: dispute(reference.id)?.summary?.value
    }
  }

  /// The display name of an entity, or nil when there is none with that id.
  public func name(of reference: EntityReference) -> String? {
    switch reference.kind {
    case .layer: layer(reference.id)?.name.value
    case .serviceClass: serviceClass(reference.id)?.name.value
    case .service: service(reference.id)?.name.value
    case .control: control(reference.id)?.name.value
    case .source: source(reference.id)?.title.value
    case .tool: tool(reference.id)?.name.value
    case .dispute: dispute(reference.id)?.title.value
    }
  }
}
