/// An entity that has a cell for every layer and control: a class (its defaults) or a service (its
/// effective cells, overrides first). Tables and diffs compare subjects without asking which kind.
public protocol CellSubject: Entity {
  func cell(for target: CellTarget, in dataset: Dataset) -> Cell?
}

extension ServiceClass: CellSubject {
  public func cell(for target: CellTarget, in dataset: Dataset) -> Cell? {
    dataset.cell(class: id.value, target: target)
  }
}

extension Service: CellSubject {
  public func cell(for target: CellTarget, in dataset: Dataset) -> Cell? {
    dataset.effectiveCell(service: self, target: target)?.cell
  }
}

extension Dataset {
  /// The cell a class or service has for a target; nil for any other entity.
  public func cell(of subject: EntityReference, for target: CellTarget) -> Cell? {
    (entity(subject) as? any CellSubject)?.cell(for: target, in: self)
  }
}
