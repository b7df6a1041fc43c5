import Diagnostics

extension DatasetValidator {
  /// Spellings the sources get wrong, with AWS's own.
  static let misspellings = [
    "Elastic Cloud Compute": "Elastic Compute Cloud",
    "Simple Storage Services": "Simple Storage Service",
    "AWS Simple Storage Service": "Amazon Simple Storage Service",
  ]

  /// The longest note that still reads well in a table cell; longer prose belongs on the page.
  static let maximumCellNoteLength = 200

  /// I19: sources say what they are and when they were read; nothing rests on weak sources alone.
  mutating func checkSources() {
    for source in dataset.sources where source.retrieved == nil {
      report(
        .warning, .sourceHygiene, "source '\(source.id.value)' has no 'retrieved' date",
        at: source.id.location)
    }
    let weak = Set(dataset.sources.filter { $0.reliability == .low }.map(\.id.value))
    guard !weak.isEmpty else { return }
    let entities: [(String, Located<String>, [Citation], RuleException?)] =
      dataset.layers.map { ("layer", $0.id, $0.citations, nil) }
      + dataset.classes.map { ("class", $0.id, $0.citations, nil) }
      + dataset.controls.map { ("control", $0.id, $0.citations, $0.exception) }
      + dataset.services.map {
        ("service", $0.id, $0.citations + $0.classClaims.flatMap(\.citations), $0.exception)
      }
    for (kind, id, citations, exception) in entities
    where !citations.isEmpty && citations.allSatisfy({ weak.contains($0.sourceID) }) {
      report(
        .warning, .sourceHygiene,
        "\(kind) '\(id.value)' rests only on low-reliability sources; cite a better one",
        at: id.location, exception: exception)
    }
  }

  /// I20: no empty strings, tabs or stray spaces; cell notes short enough for a table; AWS spelling.
  mutating func checkText() {
    for (text, isCellNote) in allTexts {
      let value = text.value
      if value.trimmingCharacters(in: .whitespaces).isEmpty {
        report(.warning, .textHygiene, "empty text; remove the key or write something", at: text.location)
        continue
      }
      if value.contains("\t") {
        report(.warning, .textHygiene, "text contains a tab; use spaces", at: text.location)
      }
      if value.split(separator: "\n", omittingEmptySubsequences: false).contains(where: { $0.hasSuffix(" ") })
      {
        report(.warning, .textHygiene, "text has trailing spaces", at: text.location)
      }
      if isCellNote && value.count > Self.maximumCellNoteLength {
        report(
          .warning, .textHygiene,
          "a cell note of \(value.count) characters is too long for a table (at most \(Self.maximumCellNoteLength)); move the detail to the page",
          at: text.location)
      }
      for (wrong, right) in Self.misspellings.sorted(by: { $0.key < $1.key }) where value.contains(wrong) {
        report(
          .warning, .textHygiene, "'\(wrong)' is not AWS's spelling; write '\(right)'", at: text.location)
      }
    }
  }

  /// Every free-text field, flagged when it is a table-cell note.
  private var allTexts: [(Located<String>, Bool)] {
    var texts: [(Located<String>, Bool)] = []
    for layer in dataset.layers {
      texts += [layer.name, layer.summary].compactMap { $0 }.map { ($0, false) }
    }
    for item in dataset.classes { texts += [item.name, item.summary].compactMap { $0 }.map { ($0, false) } }
    for control in dataset.controls {
      texts += [control.name, control.summary, control.providerNote, control.customerNote].compactMap { $0 }
        .map { ($0, false) }
    }
    for tool in dataset.tools { texts += [tool.name, tool.summary].compactMap { $0 }.map { ($0, false) } }
    for source in dataset.sources { texts.append((source.title, false)) }
    for service in dataset.services {
      texts += [service.name, service.summary].compactMap { $0 }.map { ($0, false) }
    }
    for (_, _, cell) in allCells {
      texts += [cell.providerNote, cell.customerNote].compactMap { $0 }.map { ($0, true) }
      texts += [cell.reason, cell.exception?.reason].compactMap { $0 }.map { ($0, false) }
    }
    return texts
  }
}
