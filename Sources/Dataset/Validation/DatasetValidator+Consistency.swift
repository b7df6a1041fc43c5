import Diagnostics

extension DatasetValidator {
  /// I9: a control's owners across the cloud classes agree with its nominal type.
  mutating func checkControlTypes() {
    for control in dataset.controls {
      guard let type = control.type else { continue }
      let target = CellTarget.control(control.id.value)
      let cells = cloudClasses.compactMap { serviceClass in
        dataset.cell(class: serviceClass.id.value, target: target).map { (serviceClass, $0) }
      }.filter { $0.1.owner.value != .notApplicable }
      switch type {
      case .inherited, .customerSpecific:
        // One owner in every cloud class: the provider for an inherited control, the customer for
        // a customer-specific one.
        let (owner, typed) =
          type == .inherited ? (Owner.provider, "inherited") : (.customer, "customer-specific")
        for (serviceClass, cell) in cells where cell.owner.value != owner {
          report(
            .error, .controlType,
            "'\(control.id.value)' is \(typed), so the \(owner.rawValue) owns it in every cloud class, but '\(serviceClass.id.value)' says \(cell.owner.value.rawValue)",
            at: cell.owner.location, cell: cell)
        }
      case .shared:
        if !cells.isEmpty && !cells.contains(where: { $0.1.owner.value == .shared }) {
          report(
            .warning, .controlType, "'\(control.id.value)' is typed shared but is shared in no cloud class",
            at: control.id.location)
        }
      }
    }
  }

  /// I10: the customer's share never grows from one cloud class to the next, more managed one.
  /// An error between classes; a warning for a service override against the neighbouring classes.
  mutating func checkHorizontalMonotonicity() {
    for target in dataset.targets {
      var previous: (ServiceClass, Cell, Int)?
      for serviceClass in cloudClasses {
        guard let cell = dataset.cell(class: serviceClass.id.value, target: target),
          let share = cell.owner.value.customerShare
        else { continue }
        if let (lower, _, lowerShare) = previous, share > lowerShare {
          report(
            .error, .monotonicClassOrder,
            "the customer's share of \(target.kindName) '\(target.id)' grows from '\(lower.id.value)' to '\(serviceClass.id.value)'; more managed classes must not ask more of the customer",
            at: cell.owner.location, cell: cell)
        }
        previous = (serviceClass, cell, share)
      }
    }
    for service in dataset.services {
      guard let index = cloudClasses.firstIndex(where: { $0.id.value == service.classID.value }) else {
        continue
      }
      for (target, cell) in service.overrides.sorted(by: { $0.key < $1.key }) {
        guard let share = cell.owner.value.customerShare else { continue }
        if index > 0, let lower = dataset.cell(class: cloudClasses[index - 1].id.value, target: target),
          let lowerShare = lower.owner.value.customerShare, share > lowerShare
        {
          report(
            .warning, .monotonicClassOrder,
            "'\(service.id.value)' asks more of the customer for '\(target.id)' than the less managed class '\(cloudClasses[index - 1].id.value)' does",
            at: cell.owner.location, cell: cell)
        }
        if index + 1 < cloudClasses.count,
          let higher = dataset.cell(class: cloudClasses[index + 1].id.value, target: target),
          let higherShare = higher.owner.value.customerShare, share < higherShare
        {
          report(
            .warning, .monotonicClassOrder,
            "'\(service.id.value)' asks less of the customer for '\(target.id)' than the more managed class '\(cloudClasses[index + 1].id.value)' does",
            at: cell.owner.location, cell: cell)
        }
      }
    }
  }

  /// I11: inside one class (or one service's effective matrix), the customer's share never grows
  /// going down the stack: a single "hardware line". A warning, reported at the lower cell.
  mutating func checkHardwareLine() {
    let dataset = self.dataset
    for serviceClass in dataset.classes {
      checkHardwareLine(subject: "class '\(serviceClass.id.value)'", onlyOverrides: false) {
        dataset.cell(class: serviceClass.id.value, target: $0).map {
          EffectiveCell(cell: $0, origin: .serviceClass)
        }
      }
    }
    for service in dataset.services {
      checkHardwareLine(subject: "service '\(service.id.value)'", onlyOverrides: true) {
        dataset.effectiveCell(service: service, target: $0)
      }
    }
  }

  private mutating func checkHardwareLine(
    subject: String, onlyOverrides: Bool, cell lookup: (CellTarget) -> EffectiveCell?
  ) {
    var above: (Layer, EffectiveCell, Int)?
    for layer in dataset.layers {
      guard let effective = lookup(.layer(layer.id.value)),
        let share = effective.cell.owner.value.customerShare
      else { continue }
      if let (upper, upperCell, upperShare) = above, share > upperShare,
        !onlyOverrides || effective.origin == .service || upperCell.origin == .service
      {
        report(
          .warning, .hardwareLine,
          "in \(subject), the customer's share of '\(layer.id.value)' (\(effective.cell.owner.value.rawValue)) exceeds that of '\(upper.id.value)' above it (\(upperCell.cell.owner.value.rawValue)); the hardware line is not single",
          at: effective.cell.owner.location, cell: effective.cell)
      }
      above = (layer, effective, share)
    }
  }

  /// I12: security OF the cloud (layers with side `of`) is the provider's in every cloud class;
  /// security IN the cloud (side `in`) is the customer's in every class.
  mutating func checkAnchorFacts() {
    for layer in dataset.layers {
      guard let side = layer.side, side != .boundary else { continue }
      let target = CellTarget.layer(layer.id.value)
      var cells: [(String, Cell, Bool)] = []
      for serviceClass in dataset.classes {
        if let cell = dataset.cell(class: serviceClass.id.value, target: target) {
          cells.append(("class '\(serviceClass.id.value)'", cell, serviceClass.kind == .cloud))
        }
      }
      for service in dataset.services {
        if let cell = service.overrides[target] {
          cells.append(("service '\(service.id.value)'", cell, true))
        }
      }
      for (subject, cell, isCloud) in cells {
        if side == .of && isCloud && cell.owner.value != .provider {
          report(
            .error, .anchorFact,
            "'\(layer.id.value)' is security OF the cloud, so the provider owns it in \(subject)",
            at: cell.owner.location, cell: cell)
        }
        if side == .in && cell.owner.value != .customer {
          report(
            .error, .anchorFact,
            "'\(layer.id.value)' is security IN the cloud, so the customer owns it in \(subject)",
            at: cell.owner.location, cell: cell)
        }
      }
    }
  }

  /// I14: an override that repeats its class default adds nothing.
  mutating func checkOverrides() {
    for service in dataset.services {
      for (target, cell) in service.overrides.sorted(by: { $0.key < $1.key }) {
        guard let base = dataset.cell(class: service.classID.value, target: target) else { continue }
        if base.owner.value == cell.owner.value && base.providerNote?.value == cell.providerNote?.value
          && base.customerNote?.value == cell.customerNote?.value && base.confidence == cell.confidence
        {
          report(
            .warning, .redundantOverride,
            "this override of '\(target.id)' repeats the default of class '\(service.classID.value)'; remove it",
            at: cell.location, cell: cell)
        }
      }
    }
  }
}
