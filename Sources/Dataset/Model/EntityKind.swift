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

  public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
