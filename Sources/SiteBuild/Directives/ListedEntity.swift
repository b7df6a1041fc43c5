import Dataset
import SiteTheme

/// How an entity appears in a `list` directive: whether it passes the list's filters, and the
/// cells of its row when the list is a table. Each kind adopts it beside its page
/// (``EntityPage``), so the list never switches on the kind.
protocol ListedEntity: Entity {
  /// The table's column headers; the first names the entity column.
  static var columnHeaders: [String] { get }
  /// The row's cells after the entity's own.
  func columns(in list: EntityList) -> [ListCellView]
  func passes(_ query: ListQuery, in list: EntityList) -> Bool
}

extension ListedEntity {
  static var columnHeaders: [String] { ["Name", "Summary"] }
  func columns(in list: EntityList) -> [ListCellView] { [ListCellView(text: summaryText ?? "")] }
  func passes(_ query: ListQuery, in list: EntityList) -> Bool { true }
}

extension Layer: ListedEntity {
  func passes(_ query: ListQuery, in list: EntityList) -> Bool { list.ownerMatches(.layer(id.value)) }
}

extension ServiceClass: ListedEntity {}
extension Tool: ListedEntity {}

extension Service: ListedEntity {
  static var columnHeaders: [String] { ["Service", "Class", "Confidence"] }

  func columns(in list: EntityList) -> [ListCellView] {
    [
      ListCellView(parts: [list.context.part(EntityReference(kind: .serviceClass, id: classID.value))]),
      ListCellView(text: confidence.rawValue),
    ]
  }

  func passes(_ query: ListQuery, in list: EntityList) -> Bool {
    (query.classID.map { $0 == classID.value } ?? true) && (query.confidence.map { $0 == confidence } ?? true)
  }
}

extension Control: ListedEntity {
  static var columnHeaders: [String] { ["Control", "Type", "NIST SP 800-53", "Summary"] }

  func columns(in list: EntityList) -> [ListCellView] {
    [
      ListCellView(text: type?.rawValue ?? "varies by class"),
      ListCellView(text: NISTMapping.ids(self).joined(separator: ", ")),
      ListCellView(text: summary?.value ?? ""),
    ]
  }

  func passes(_ query: ListQuery, in list: EntityList) -> Bool {
    (query.controlType.map { $0 == type } ?? true) && list.ownerMatches(.control(id.value))
  }
}

extension Dispute: ListedEntity {
  static var columnHeaders: [String] { ["Dispute", "Kind", "This handbook's reading", "Affects"] }

  func columns(in list: EntityList) -> [ListCellView] {
    [
      ListCellView(text: kind.rawValue), ListCellView(text: resolution?.value ?? ""),
      ListCellView(
        parts: affects.enumerated().map { index, reference in
          list.context.part(reference.value, isFirst: index == 0)
        }),
    ]
  }

  func passes(_ query: ListQuery, in list: EntityList) -> Bool {
    query.disputeKind.map { $0 == kind } ?? true
  }
}

extension Source: ListedEntity {
  static var columnHeaders: [String] { ["Source", "Publisher", "Kind", "Reliability"] }

  func columns(in list: EntityList) -> [ListCellView] {
    [
      ListCellView(text: publisher ?? ""), ListCellView(text: kind?.rawValue ?? ""),
      ListCellView(text: reliability?.rawValue ?? ""),
    ]
  }
}
