/// The kinds of entity a page can be about or a typed link can point to.
public enum EntityKind: String, Hashable, Sendable, CaseIterable, Comparable {
  case layer
  case serviceClass = "class"
  case service
  case control
  case tool
  case source
  case dispute

  /// The output folder of generated entity pages (`services/rds.html`).
  public var folder: String {
    switch self {
    case .layer: "layers"
    case .serviceClass: "classes"
    case .service: "services"
    case .control: "controls"
    case .tool: "tools"
    case .source: "sources"
    case .dispute: "disputes"
    }
  }

  /// A reader's name for the kind, shown above an entity's title.
  public var label: String {
    switch self {
    case .layer: "Layer"
    case .serviceClass: "Service class"
    case .service: "Service"
    case .control: "Control"
    case .tool: "Security tool"
    case .source: "Source"
    case .dispute: "Dispute"
    }
  }

  /// Whether an entity of this kind should have a page of prose (layers, classes, services and
  /// controls); a tool, source or dispute page made from the data alone is enough.
  public var expectsProsePage: Bool { [.layer, .serviceClass, .service, .control].contains(self) }

  /// The scheme of a typed link to an entity of this kind (`service:rds`).
  public var linkScheme: String { rawValue }

  public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
