import Diagnostics

/// Checks a loaded ``Dataset`` against the cross-entity rules (I2-I16, I19, I20 of the dataset rules).
///
/// The schema rules (I1) run while loading; the page rule (I17) runs in the site's resolve stage,
/// which knows the pages. Every finding is a diagnostic at the offending node. A cell's `exception`
/// silences exactly one rule on that cell, and an exception that silences nothing is itself reported,
/// so stale exceptions do not pile up.
public struct DatasetValidator {
  let dataset: Dataset
  var bag = DiagnosticBag()
  var usedExceptions: Set<SourceLocation> = []

  init(dataset: Dataset) { self.dataset = dataset }

  public static func validate(_ dataset: Dataset) -> [Diagnostic] {
    var validator = DatasetValidator(dataset: dataset)
    validator.checkIdentity()
    validator.checkReferences()
    validator.checkClassOrder()
    validator.checkCompleteness()
    validator.checkServices()
    validator.checkDisputes()
    validator.checkCells()
    validator.checkControlTypes()
    validator.checkHorizontalMonotonicity()
    validator.checkHardwareLine()
    validator.checkAnchorFacts()
    validator.checkOverrides()
    validator.checkSources()
    validator.checkText()
    validator.reportUnusedExceptions()
    return validator.bag.diagnostics
  }

  /// Reports a finding about `cell` (or a service), unless its exception names this rule.
  mutating func report(
    _ severity: Severity, _ code: DiagnosticCode, _ message: String, at location: SourceLocation,
    cell: Cell? = nil, exception serviceException: RuleException? = nil
  ) {
    if let exception = cell?.exception ?? serviceException, let rule = exception.rule(code.rawValue) {
      usedExceptions.insert(rule.location)
      return
    }
    bag.append(Diagnostic(severity, code, message, at: location))
  }

  private mutating func reportUnusedExceptions() {
    let exceptions =
      allCells.compactMap(\.cell.exception) + dataset.services.compactMap(\.exception)
      + dataset.controls.compactMap(\.exception)
    for rule in exceptions.flatMap(\.rules) where !usedExceptions.contains(rule.location) {
      bag.warning(
        .unusedException, "exception for '\(rule.value)' silences nothing; remove it", at: rule.location)
    }
  }

  /// Every cell with the subject it belongs to, in a stable order.
  var allCells: [(subject: String, target: CellTarget, cell: Cell)] {
    var cells: [(String, CellTarget, Cell)] = []
    for assignment in dataset.assignments.values.sorted(by: { $0.classID.value < $1.classID.value }) {
      for (target, cell) in assignment.cells.sorted(by: { $0.key < $1.key }) {
        cells.append(("class '\(assignment.classID.value)'", target, cell))
      }
    }
    for service in dataset.services {
      for (target, cell) in service.overrides.sorted(by: { $0.key < $1.key }) {
        cells.append(("service '\(service.id.value)'", target, cell))
      }
    }
    return cells
  }

  /// Cloud classes in order, the ones the monotonicity and type rules compare.
  var cloudClasses: [ServiceClass] { dataset.classes.filter { $0.kind == .cloud } }
}
