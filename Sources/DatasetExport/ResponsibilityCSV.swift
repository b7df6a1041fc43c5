import Dataset

/// The responsibility matrix as one flat table: a row for every class and every service against
/// every layer and control, with the owner, both parties' notes, the confidence and the sources.
/// A service's row is its effective cell: its own override, else its class's default, which
/// `defined_by` says.
public struct ResponsibilityCSV {
  public static let fileName = "demarc-responsibilities.csv"
  public static let header = [
    "subject_kind", "subject_id", "subject", "target_kind", "target_id", "target", "owner", "provider_note",
    "customer_note", "confidence", "disputed", "rival_claims", "defined_by", "not_applicable_reason",
    "sources",
  ]

  public var dataset: Dataset

  public init(dataset: Dataset) { self.dataset = dataset }

  public var table: CSVTable {
    var rows: [[String]] = []
    for serviceClass in dataset.classes {
      for target in dataset.targets {
        guard let cell = dataset.cell(class: serviceClass.id.value, target: target) else { continue }
        rows.append(
          row(
            subject: .init(kind: .serviceClass, id: serviceClass.id.value), name: serviceClass.name.value,
            target: target, cell: EffectiveCell(cell: cell, origin: .serviceClass)))
      }
    }
    for service in dataset.services {
      for target in dataset.targets {
        guard let cell = dataset.effectiveCell(service: service, target: target) else { continue }
        rows.append(
          row(
            subject: .init(kind: .service, id: service.id.value), name: service.name.value, target: target,
            cell: cell))
      }
    }
    return CSVTable(header: Self.header, rows: rows)
  }

  public var text: String { table.text }

  private func row(subject: EntityReference, name: String, target: CellTarget, cell: EffectiveCell)
    -> [String]
  {
    let content = cell.cell
    return [
      subject.kind.rawValue, subject.id, name, target.kindName, target.id,
      dataset.name(of: target.reference) ?? target.id,
      content.owner.value.rawValue, content.providerNote?.value ?? "", content.customerNote?.value ?? "",
      content.confidence.rawValue, content.confidence == .disputed ? "yes" : "no",
      content.claims.map { "\($0.owner.value.rawValue): \($0.citations.map(\.text).joined(separator: ", "))" }
        .joined(separator: "; "),
      cell.origin.rawValue,
      content.reason?.value ?? "", content.citations.map(\.text).joined(separator: "; "),
    ]
  }
}
