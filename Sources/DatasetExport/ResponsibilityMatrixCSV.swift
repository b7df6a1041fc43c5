import Dataset

/// The customer responsibility matrix, shaped like FedRAMP's CRM worksheet: one row per control
/// and service, saying whether the customer can inherit it from the provider (Yes, Partial, No),
/// what it inherits and what it must do. The rows are ``Dataset/customerDuties(of:)``, the same
/// data as the checklist on each service page.
///
/// `Control ID` is the control's NIST SP 800-53 mapping where it has one (upper case, as FedRAMP
/// writes it), else the dataset's own control id.
public struct ResponsibilityMatrixCSV {
  public static let fileName = "demarc-customer-responsibility-matrix.csv"
  public static let header = [
    "Control ID", "Control", "Control Name", "Service", "Service Name", "Responsibility",
    "Can Be Inherited from CSP", "Specific Inheritance and Customer Agency/CSP Responsibilities",
    "Customer Responsibility", "Inherited from Provider", "Confidence", "Sources",
  ]

  public var dataset: Dataset

  public init(dataset: Dataset) { self.dataset = dataset }

  public var table: CSVTable {
    var rows: [[String]] = []
    let provider = dataset.providers.first?.short ?? "Provider"
    // Each service's duties once, by target, rather than once per control.
    let duties = dataset.services.map { service in
      Dictionary(
        dataset.customerDuties(of: service).map { ($0.target, $0) }, uniquingKeysWith: { first, _ in first })
    }
    for control in dataset.controls {
      for (service, serviceDuties) in zip(dataset.services, duties) {
        guard let duty = serviceDuties[.control(control.id.value)] else { continue }
        var narrative: [String] = []
        if let inherited = duty.inherited { narrative.append("Inherited from \(provider): \(inherited)") }
        if let work = duty.duty { narrative.append("Customer: \(work)") }
        if let reason = duty.cell.cell.reason?.value { narrative.append("Not applicable: \(reason)") }
        rows.append([
          Self.controlID(control), control.id.value, control.name.value, service.id.value, service.name.value,
          duty.owner.rawValue, duty.inheritance.rawValue, narrative.joined(separator: " "), duty.duty ?? "",
          duty.inherited ?? "", duty.cell.cell.confidence.rawValue,
          duty.cell.cell.citations.map(\.text).joined(separator: "; "),
        ])
      }
    }
    return CSVTable(header: Self.header, rows: rows)
  }

  public var text: String { table.text }

  /// `SI-2`, or `SI-2, SI-3` for several, or the dataset's id when there is no NIST mapping.
  static func controlID(_ control: Control) -> String {
    let nist = NISTMapping.ids(control)
    return nist.isEmpty ? control.id.value : nist.joined(separator: ", ")
  }
}
