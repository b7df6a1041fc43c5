/// Counts that describe a dataset's coverage, printed by `--verbose` so a CI log shows what was
/// checked, not only that it passed.
public struct DatasetSummary: Hashable, Sendable, Codable, CustomStringConvertible {
  public var layers: Int
  public var classes: Int
  public var services: Int
  public var controls: Int
  public var tools: Int
  public var sources: Int
  public var disputes: Int
  /// Class cells: one per class, layer and control.
  public var classCells: Int
  public var citedClassCells: Int
  public var overrides: Int
  public var inferredCells: Int
  public var disputedCells: Int
  public var notApplicableCells: Int

  public init(_ dataset: Dataset) {
    layers = dataset.layers.count
    classes = dataset.classes.count
    services = dataset.services.count
    controls = dataset.controls.count
    tools = dataset.tools.count
    sources = dataset.sources.count
    disputes = dataset.disputes.count
    let classCells = dataset.assignments.values.flatMap(\.cells.values)
    let allCells = classCells + dataset.services.flatMap(\.overrides.values)
    self.classCells = classCells.count
    citedClassCells = classCells.count { !$0.citations.isEmpty }
    overrides = allCells.count - classCells.count
    inferredCells = allCells.count { $0.confidence == .inferred }
    disputedCells = allCells.count { $0.confidence == .disputed }
    notApplicableCells = allCells.count { $0.owner.value == .notApplicable }
  }

  public var description: String {
    "\(layers) layers, \(classes) classes, \(services) services, \(controls) controls, \(tools) tools, "
      + "\(sources) sources, \(disputes) disputes; \(classCells) class cells (\(citedClassCells) cited), "
      + "\(overrides) service overrides; \(inferredCells) inferred, \(disputedCells) disputed, "
      + "\(notApplicableCells) not applicable"
  }
}
