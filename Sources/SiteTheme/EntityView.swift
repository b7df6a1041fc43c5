/// A dataset entity as its page (and its section of the one-page view) shows it: label/value
/// facts, tables of cells, a dispute's positions, a service's checklist, and what links to it.
public struct EntityView: Equatable, Sendable {
  /// `layer`, `class`, `service`, `control`, `tool`, `source` or `dispute`.
  public var kind: String
  /// A reader's label for the kind ("Service", "Layer"...).
  public var kindLabel: String
  public var id: String
  public var name: String
  public var summary: String?
  /// Short label/value lines: class, type, aliases, sources...
  public var properties: [PropertyView]
  public var tables: [OwnerTableView]
  /// On a dispute's page: what each side says.
  public var positions: [PositionView]
  public var hasPositions: Bool
  /// Pages whose Markdown links to this entity.
  public var backlinks: [LinkView]
  public var hasProperties: Bool
  public var hasBacklinks: Bool
  /// On a service's page: what the customer must do, layer by layer and control by control.
  public var checklist: [ChecklistItemView]
  public var hasChecklist: Bool
  /// The customer responsibility matrix export, which holds every service's checklist.
  public var matrixHref: String?
  /// What the facts' own ids start with: empty on the site, the page's section id in the one-page
  /// view, where every page's ids share one document.
  public var idPrefix = ""

  public init(
    kind: String, kindLabel: String, id: String, name: String, summary: String?, properties: [PropertyView],
    tables: [OwnerTableView], positions: [PositionView] = [], backlinks: [LinkView],
    checklist: [ChecklistItemView] = [],
    matrixHref: String? = nil
  ) {
    self.kind = kind
    self.kindLabel = kindLabel
    self.id = id
    self.name = name
    self.summary = summary
    self.properties = properties
    self.tables = tables
    self.positions = positions
    self.hasPositions = !positions.isEmpty
    self.backlinks = backlinks
    self.hasProperties = !properties.isEmpty
    self.hasBacklinks = !backlinks.isEmpty
    self.checklist = checklist
    self.hasChecklist = !checklist.isEmpty
    self.matrixHref = matrixHref
  }
}
