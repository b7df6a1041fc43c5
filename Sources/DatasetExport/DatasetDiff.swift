import Dataset

/// What moved between two versions of a dataset: entities added or removed, services that changed
/// class, and cells whose owner, confidence or citations changed, for classes and for each
/// service's effective cells (its overrides, else its class's defaults, so a class edit shows on
/// every service it reaches).
public struct DatasetDiff: Equatable, Sendable {
  /// What a change is about; the raw value is the word the reports print.
  public enum Field: String, Sendable {
    case owner, confidence, citations
    /// A service's class.
    case `class`
    /// A cell added or removed.
    case cell
  }

  public struct Change: Equatable, Sendable {
    /// `class/container`, `service/rds`.
    public var subject: EntityReference
    /// The cell's layer or control; nil for a change to the subject itself (a service's class).
    public var target: CellTarget?
    public var field: Field
    public var old: String?
    public var new: String?
    /// For `citations`: the citations only in the new version and only in the old.
    public var added: [String] = []
    public var removed: [String] = []
  }

  public var addedEntities: [EntityReference]
  public var removedEntities: [EntityReference]
  public var changes: [Change]

  public var isEmpty: Bool { addedEntities.isEmpty && removedEntities.isEmpty && changes.isEmpty }

  public init(old: Dataset, new: Dataset) {
    let oldEntities = Set(
      EntityKind.allCases.flatMap { kind in old.ids(of: kind).map { EntityReference(kind: kind, id: $0) } })
    let newEntities = Set(
      EntityKind.allCases.flatMap { kind in new.ids(of: kind).map { EntityReference(kind: kind, id: $0) } })
    addedEntities = newEntities.subtracting(oldEntities).sorted()
    removedEntities = oldEntities.subtracting(newEntities).sorted()
    var changes: [Change] = []
    let targets = new.targets + old.targets.filter { !new.targets.contains($0) }
    for serviceClass in new.classes where old.serviceClass(serviceClass.id.value) != nil {
      let subject = EntityReference(kind: .serviceClass, id: serviceClass.id.value)
      for target in targets {
        changes += Self.compare(
          subject, target, old.cell(class: subject.id, target: target),
          new.cell(class: subject.id, target: target))
      }
    }
    for service in new.services {
      guard let before = old.service(service.id.value) else { continue }
      let subject = EntityReference(kind: .service, id: service.id.value)
      if before.classID.value != service.classID.value {
        changes.append(
          Change(
            subject: subject, target: nil, field: .class, old: before.classID.value,
            new: service.classID.value))
      }
      for target in targets {
        changes += Self.compare(
          subject, target, old.effectiveCell(service: before, target: target)?.cell,
          new.effectiveCell(service: service, target: target)?.cell)
      }
    }
    self.changes = changes
  }

  private static func compare(_ subject: EntityReference, _ target: CellTarget, _ old: Cell?, _ new: Cell?)
    -> [Change]
  {
    switch (old, new) {
    case (nil, nil): return []
    case (nil, let new?):
      return [
        Change(subject: subject, target: target, field: .cell, old: nil, new: new.owner.value.rawValue)
      ]
    case (let old?, nil):
      return [
        Change(subject: subject, target: target, field: .cell, old: old.owner.value.rawValue, new: nil)
      ]
    case (let old?, let new?):
      var changes: [Change] = []
      if old.owner.value != new.owner.value {
        changes.append(
          Change(
            subject: subject, target: target, field: .owner, old: old.owner.value.rawValue,
            new: new.owner.value.rawValue))
      }
      if old.confidence != new.confidence {
        changes.append(
          Change(
            subject: subject, target: target, field: .confidence, old: old.confidence.rawValue,
            new: new.confidence.rawValue))
      }
      let before = old.citations.map(\.text)
      let after = new.citations.map(\.text)
      let added = after.filter { !before.contains($0) }
      let removed = before.filter { !after.contains($0) }
      if !added.isEmpty || !removed.isEmpty {
        changes.append(
          Change(
            subject: subject, target: target, field: .citations, old: nil, new: nil, added: added,
            removed: removed))
      }
      return changes
    }
  }

  // MARK: Reports

  /// One line per change, for a terminal or a pull-request comment.
  public var text: String {
    guard !isEmpty else { return "No changes to entities, owners, confidence or citations.\n" }
    var lines: [String] = []
    lines += addedEntities.map { "added    \($0)" }
    lines += removedEntities.map { "removed  \($0)" }
    for change in changes {
      let place = change.subject.description + (change.target.map { " × \($0.reference)" } ?? "")
      switch change.field {
      case .citations:
        let parts = change.added.map { "+" + $0 } + change.removed.map { "-" + $0 }
        lines.append("\(place): citations \(parts.joined(separator: " "))")
      case .cell:
        lines.append(
          change.new.map { "\(place): cell added (owner \($0))" }
            ?? "\(place): cell removed (owner \(change.old ?? ""))")
      default:
        lines.append("\(place): \(change.field.rawValue) \(change.old ?? "") → \(change.new ?? "")")
      }
    }
    let cells = Set(changes.map { "\($0.subject) \($0.target.map(\.reference.description) ?? "")" }).count
    lines.append(
      "\(changes.count) change\(changes.count == 1 ? "" : "s") in \(cells) place\(cells == 1 ? "" : "s"); "
        + "\(addedEntities.count) added, \(removedEntities.count) removed")
    return lines.joined(separator: "\n") + "\n"
  }

  public var json: JSONValue {
    .object([
      "added": .array(addedEntities.map { .string($0.description) }),
      "removed": .array(removedEntities.map { .string($0.description) }),
      "changes": .array(
        changes.map { change in
          .object([
            "subject": .string(change.subject.description),
            "target": change.target.map { .string($0.reference.description) },
            "field": .string(change.field.rawValue), "old": change.old.map(JSONValue.string),
            "new": change.new.map(JSONValue.string),
            "added": change.field == .citations ? .array(change.added.map(JSONValue.string)) : nil,
            "removed": change.field == .citations ? .array(change.removed.map(JSONValue.string)) : nil,
          ])
        }),
    ])
  }
}
