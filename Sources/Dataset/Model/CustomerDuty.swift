/// What one service leaves to its customer for one layer or control, and what the customer
/// inherits from the provider: one line of a service page's checklist and one row of the customer
/// responsibility matrix, which are therefore the same data.
public struct CustomerDuty: Hashable, Sendable {
  /// How much of the target the customer inherits, in the words of FedRAMP's CRM worksheet.
  public enum Inheritance: String, Hashable, Sendable {
    /// The provider owns it: "Can Be Inherited from CSP: Yes".
    case inherited = "Yes"
    /// Shared: the customer inherits part and does part.
    case partial = "Partial"
    /// The customer owns it.
    case none = "No"
    case notApplicable = "N/A"
  }

  public var target: CellTarget
  public var cell: EffectiveCell
  /// What the customer must do: the cell's customer note, else the control's.
  public var duty: String?
  /// What the provider does for the customer: the cell's provider note, else the control's.
  public var inherited: String?

  public var owner: Owner { cell.cell.owner.value }

  public var inheritance: Inheritance {
    switch owner {
    case .provider: .inherited
    case .shared: .partial
    case .customer: .none
    case .notApplicable: .notApplicable
    }
  }

  /// True when the customer has something to do: it owns or shares the target.
  public var isCustomerWork: Bool { owner == .customer || owner == .shared }
}

extension Dataset {
  /// Every layer and control of `service`, in display order, with what it asks of the customer.
  public func customerDuties(of service: Service) -> [CustomerDuty] {
    targets.compactMap { target in
      guard let cell = effectiveCell(service: service, target: target) else { return nil }
      let control: Control? = if case .control(let id) = target { self.control(id) } else { nil }
      let owner = cell.cell.owner.value
      return CustomerDuty(
        target: target, cell: cell,
        duty: owner == .customer || owner == .shared
          ? cell.cell.customerNote?.value ?? control?.customerNote?.value : nil,
        inherited: owner == .provider || owner == .shared
          ? cell.cell.providerNote?.value ?? control?.providerNote?.value : nil)
    }
  }
}
