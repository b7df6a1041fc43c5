import Dataset
import Diagnostics
import Yams

/// Reads a `demarc <kind>` code block into a ``Directive``, reporting every problem at its line:
/// an unknown kind, malformed YAML, an unknown key, or an id that names nothing.
struct DirectiveParser {
  static let infoPrefix = "demarc"
  static let kinds = DirectiveKind.allCases.map(\.rawValue)

  let dataset: Dataset
  let file: String
  var bag = DiagnosticBag()

  /// True for a code block meant as a directive (its info string starts with `demarc`).
  static func isDirective(info: String) -> Bool {
    info.split(separator: " ", maxSplits: 1).first == Substring(infoPrefix)
  }

  /// - Parameter line: the line of the opening fence; the YAML body starts on the next one.
  mutating func parse(info: String, body: String, line: Int, column: Int) -> Directive? {
    let words = info.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    let fence = SourceLocation(file: file, line: line, column: column)
    guard words.count == 2, let kind = DirectiveKind(rawValue: words[1]) else {
      let given = words.dropFirst().joined(separator: " ")
      let hint = Suggestion.hint(Suggestion.nearest(to: given, in: Self.kinds))
      bag.error(
        .invalidDirective,
        "unknown directive '\(given)'\(hint); use one of: \(Self.kinds.joined(separator: ", "))", at: fence)
      return nil
    }
    var node: Node = .mapping(.init([]))
    if !body.allSatisfy(\.isWhitespace) {
      guard let root = YAMLComposer.compose(body, file: file, lineOffset: line, into: &bag) else {
        return nil
      }
      node = root
    }
    var reader = SchemaReader(file: file, lineOffset: line)
    defer { bag.append(contentsOf: reader.bag.diagnostics) }
    let what = "a \(kind.rawValue) directive"
    switch kind {
    case .matrix:
      guard let fields = reader.mapping(node, allowed: ["rows", "classes", "caption"], what: what) else {
        return nil
      }
      return .matrix(
        rows: rows(fields, &reader),
        classes: classIDs(fields["classes"], &reader) ?? dataset.classes.map(\.id.value),
        caption: caption(fields, &reader))
    case .compare:
      guard
        let fields = reader.mapping(node, allowed: ["services", "classes", "rows", "caption"], what: what)
      else { return nil }
      let subjects = subjects(fields, &reader)
      guard subjects.count >= 2 else {
        reader.bag.error(
          .invalidDirective, "compare needs at least two services or classes", at: fields.location)
        return nil
      }
      return .compare(subjects: subjects, rows: rows(fields, &reader), caption: caption(fields, &reader))
    case .diff:
      guard let fields = reader.mapping(node, allowed: ["from", "to", "rows", "caption"], what: what),
        let fromNode = fields.required("from", what: what, in: &reader),
        let toNode = fields.required("to", what: what, in: &reader)
      else { return nil }
      let from = subject(fromNode, &reader)
      let to = subject(toNode, &reader)
      guard let from, let to else { return nil }
      return .diff(from: from, to: to, rows: rows(fields, &reader), caption: caption(fields, &reader))
    case .stack:
      let keys: Set = ["services", "classes", "highlight_changes", "caption"]
      guard let fields = reader.mapping(node, allowed: keys, what: what) else { return nil }
      var subjects = subjects(fields, &reader)
      if fields["services"] == nil && fields["classes"] == nil {
        subjects = dataset.classes.map { EntityReference(kind: .serviceClass, id: $0.id.value) }
      }
      guard !subjects.isEmpty else { return nil }
      let highlight = fields["highlight_changes"].flatMap {
        reader.boolean($0, what: "highlight_changes")?.value
      }
      return .stack(
        subjects: subjects, highlightChanges: highlight ?? false, caption: caption(fields, &reader))
    case .list:
      return parseList(node, what: what, &reader)
    }
  }

  private mutating func parseList(_ node: Node, what: String, _ reader: inout SchemaReader) -> Directive? {
    let keys: Set = ["kind", "class", "type", "owner", "confidence", "dispute_kind", "format"]
    guard let fields = reader.mapping(node, allowed: keys, what: what),
      let kindNode = fields.required("kind", what: what, in: &reader),
      let kind = reader.choice(kindNode, what: "kind", as: EntityKind.self)?.value
    else { return nil }
    var query = ListQuery(
      kind: kind, classID: nil, controlType: nil, owner: nil, confidence: nil, disputeKind: nil,
      asTable: false)
    if let node = fields["class"], let ids = classIDs(.sequence(.init([node])), &reader) {
      query.classID = ids.first
    }
    query.controlType = fields["type"].flatMap {
      reader.choice($0, what: "type", as: ControlType.self)?.value
    }
    query.owner = fields["owner"].flatMap { reader.choice($0, what: "owner", as: Owner.self)?.value }
    query.confidence = fields["confidence"].flatMap {
      reader.choice($0, what: "confidence", as: Confidence.self)?.value
    }
    query.disputeKind = fields["dispute_kind"].flatMap {
      reader.choice($0, what: "dispute_kind", as: DisputeKind.self)?.value
    }
    if let node = fields["format"], let format = reader.string(node, what: "format") {
      guard ["list", "table"].contains(format.value) else {
        reader.bag.error(
          .invalidValue, "format '\(format.value)' is not one of: list, table", at: format.location)
        return nil
      }
      query.asTable = format.value == "table"
    }
    if query.owner != nil && query.classID == nil {
      reader.bag.error(
        .invalidDirective, "a list filtered by owner needs a class to read the owner in", at: fields.location)
      return nil
    }
    return .list(query)
  }

  // MARK: Fields

  private func rows(_ fields: Fields, _ reader: inout SchemaReader) -> RowSelection {
    fields["rows"].flatMap { reader.choice($0, what: "rows", as: RowSelection.self)?.value } ?? .all
  }

  private func caption(_ fields: Fields, _ reader: inout SchemaReader) -> String? {
    fields["caption"].flatMap { reader.string($0, what: "caption")?.value }
  }

  /// A list of class ids, each checked; nil when the key is absent.
  private mutating func classIDs(_ node: Node?, _ reader: inout SchemaReader) -> [String]? {
    guard let node else { return nil }
    return reader.strings(node, what: "classes").compactMap { id in
      check(EntityReference(kind: .serviceClass, id: id.value), at: id.location) ? id.value : nil
    }
  }

  private mutating func subjects(_ fields: Fields, _ reader: inout SchemaReader) -> [EntityReference] {
    var subjects: [EntityReference] = []
    for (key, kind) in [("services", EntityKind.service), ("classes", .serviceClass)] {
      guard let node = fields[key] else { continue }
      for id in reader.strings(node, what: key) {
        let reference = EntityReference(kind: kind, id: id.value)
        if check(reference, at: id.location) { subjects.append(reference) }
      }
    }
    return subjects
  }

  /// `service/ec2` or `class/container`.
  private mutating func subject(_ node: Node, _ reader: inout SchemaReader) -> EntityReference? {
    guard let text = reader.string(node, what: "a service or class") else { return nil }
    guard let reference = EntityReference(parsing: text.value),
      reference.kind == .service || reference.kind == .serviceClass
    else {
      reader.bag.error(
        .invalidValue, "'\(text.value)' must be 'service/ID' or 'class/ID', for example 'service/rds'",
        at: text.location)
      return nil
    }
    return check(reference, at: text.location) ? reference : nil
  }

  private mutating func check(_ reference: EntityReference, at location: SourceLocation) -> Bool {
    guard case .failure(let unknown) = dataset.lookup(reference) else { return true }
    bag.append(unknown.diagnostic(.unknownEntity, at: location))
    return false
  }
}
