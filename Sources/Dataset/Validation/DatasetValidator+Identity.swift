import Diagnostics

extension DatasetValidator {
  /// I2: ids unique per kind, names unique case-insensitively per kind.
  mutating func checkIdentity() {
    checkUnique("provider", dataset.providers.map { ($0.id, Located($0.name, at: $0.id.location)) })
    checkUnique("layer", dataset.layers.map { ($0.id, $0.name) })
    checkUnique("class", dataset.classes.map { ($0.id, $0.name) })
    checkUnique("control", dataset.controls.map { ($0.id, $0.name) })
    checkUnique("tool", dataset.tools.map { ($0.id, $0.name) })
    checkUnique("source", dataset.sources.map { ($0.id, $0.title) })
    checkUnique("service", dataset.services.map { ($0.id, $0.name) })
    checkUnique("dispute", dataset.disputes.map { ($0.id, $0.title) })
  }

  private mutating func checkUnique(_ kind: String, _ entries: [(id: Located<String>, name: Located<String>)])
  {
    var ids: [String: SourceLocation] = [:]
    var names: [String: SourceLocation] = [:]
    for entry in entries.sorted(by: { $0.id.location < $1.id.location }) {
      if let first = ids[entry.id.value] {
        report(
          .error, .duplicateID, "\(kind) id '\(entry.id.value)' is already used at \(first)",
          at: entry.id.location)
      } else {
        ids[entry.id.value] = entry.id.location
      }
      let folded = entry.name.value.lowercased()
      if let first = names[folded] {
        report(
          .error, .duplicateName, "\(kind) name '\(entry.name.value)' is already used at \(first)",
          at: entry.name.location)
      } else {
        names[folded] = entry.name.location
      }
    }
  }
}
