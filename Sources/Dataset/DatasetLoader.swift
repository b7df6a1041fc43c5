import Diagnostics
import Yams

/// Reads the dataset's YAML files into a ``Dataset``, checking the closed schema (rule I1), ids and
/// duplicate keys (I2) and citation syntax as it goes.
///
/// The files are recognised by their place under the data folder: `model.yaml`, `controls.yaml`,
/// `sources.yaml`, `tools.yaml`, `classes/<id>.yaml` and `services/<id>.yaml`.
public struct DatasetLoader {
  public static let supportedSchemaVersions = 1...1
  /// The whole dataset in one JSON document (what `demarc export --format json` writes), read in
  /// place of the YAML files: its parts have the YAML files' shapes and go through the same readers.
  public static let combinedFileName = "demarc-dataset.json"

  private var bag = DiagnosticBag()
  private var providers: [Provider] = []
  private var layers: [Layer] = []
  private var classes: [ServiceClass] = []
  private var controls: [Control] = []
  private var tools: [Tool] = []
  private var sources: [Source] = []
  private var services: [Service] = []
  private var disputes: [Dispute] = []
  private var assignments: [ClassAssignments] = []
  private var schemaVersion = 1

  private init() {}

  /// Loads `files`, whose paths all start with `dataDirectory` (for example `Content/data`).
  public static func load(_ files: [DataFile], dataDirectory: String) -> (Dataset, [Diagnostic]) {
    var loader = DatasetLoader()
    for file in files.sorted(by: { $0.path < $1.path }) {
      loader.load(file, relativePath: String(file.path.dropFirst(dataDirectory.count + 1)))
    }
    return loader.finish()
  }

  /// Loads one file in the one-document form, whatever its name: an export given on a command line.
  public static func load(document file: DataFile) -> (Dataset, [Diagnostic]) {
    var loader = DatasetLoader()
    loader.load(file, relativePath: combinedFileName)
    return loader.finish()
  }

  /// The dataset from everything read, with each class's cells once: a second set of cells for a
  /// class is reported where it is written.
  private consuming func finish() -> (Dataset, [Diagnostic]) {
    var assignmentsByClass: [String: ClassAssignments] = [:]
    for assignment in assignments {
      if let first = assignmentsByClass[assignment.classID.value] {
        bag.error(
          .duplicateID, "class '\(assignment.classID.value)' already has its cells in \(first.location.file)",
          at: assignment.classID.location)
      } else {
        assignmentsByClass[assignment.classID.value] = assignment
      }
    }
    let dataset = Dataset(
      schemaVersion: schemaVersion, providers: providers, layers: layers, classes: classes,
      controls: controls,
      tools: tools, sources: sources, services: services, disputes: disputes, assignments: assignmentsByClass)
    return (dataset, bag.diagnostics)
  }

  private mutating func load(_ file: DataFile, relativePath: String) {
    let combined = relativePath == Self.combinedFileName
    guard combined || relativePath.hasSuffix(".yaml") || relativePath.hasSuffix(".yml") else { return }
    var composeBag = DiagnosticBag()
    let root = YAMLComposer.compose(file.text, file: file.path, into: &composeBag)
    bag.append(contentsOf: composeBag.diagnostics)
    guard let root else {
      if composeBag.diagnostics.isEmpty {
        bag.warning(
          .missingKey, "the file is empty; remove it or give it content", at: SourceLocation(file: file.path))
      }
      return
    }
    var reader = SchemaReader(file: file.path)
    let components = relativePath.split(separator: "/")
    switch (components.count, components.first) {
    case _ where combined: readCombined(root, &reader)
    case (1, "model.yaml"), (1, "model.yml"): readModel(root, &reader)
    case (1, "controls.yaml"), (1, "controls.yml"):
      for item in listItems(root, key: "controls", &reader) { readControl(item, &reader) }
    case (1, "sources.yaml"), (1, "sources.yml"):
      for item in listItems(root, key: "sources", &reader) { readSource(item, &reader) }
    case (1, "tools.yaml"), (1, "tools.yml"):
      for item in listItems(root, key: "tools", &reader) { readTool(item, &reader) }
    case (1, "disputes.yaml"), (1, "disputes.yml"):
      for item in listItems(root, key: "disputes", &reader) { readDispute(item, &reader) }
    case (2, "classes"): readClassAssignments(root, &reader)
    case (2, "services"): readService(root, &reader)
    default:
      reader.bag.warning(
        .unknownKey,
        "demarc does not read this file; the dataset is model.yaml, controls.yaml, sources.yaml, tools.yaml, disputes.yaml, classes/*.yaml and services/*.yaml",
        at: SourceLocation(file: file.path))
    }
    bag.append(contentsOf: reader.bag.diagnostics)
  }

  // MARK: Top-level files

  private mutating func readModel(_ root: Node, _ reader: inout SchemaReader) {
    let keys: Set = ["schema_version", "providers", "layers", "classes"]
    guard let fields = reader.mapping(root, allowed: keys, what: "the model file") else { return }
    if let node = fields.required("schema_version", what: "the model file", in: &reader),
      let version = reader.integer(node, what: "schema_version")
    {
      schemaVersion = version.value
      if !Self.supportedSchemaVersions.contains(version.value) {
        reader.bag.error(
          .unsupportedSchemaVersion,
          "schema_version \(version.value) is not supported; this demarc reads version \(Self.supportedSchemaVersions.upperBound)",
          at: version.location)
      }
    }
    if let node = fields["providers"] {
      for item in reader.sequence(node, what: "providers") { readProvider(item, &reader) }
    }
    if let node = fields["layers"] {
      for item in reader.sequence(node, what: "layers") { readLayer(item, &reader) }
    }
    if let node = fields["classes"] {
      for item in reader.sequence(node, what: "classes") { readClass(item, &reader) }
    }
  }

  /// The one-document form: `model`, the four lists, and the class and service files as lists.
  private mutating func readCombined(_ root: Node, _ reader: inout SchemaReader) {
    let lists = ["controls", "sources", "tools", "disputes"]
    let keys = Set(["$schema", "provenance", "model", "class_cells", "services"] + lists)
    guard let fields = reader.mapping(root, allowed: keys, what: "the dataset document") else { return }
    if let node = fields.required("model", what: "the dataset document", in: &reader) {
      readModel(node, &reader)
    }
    for key in lists {
      for item in fields[key].map({ reader.sequence($0, what: key) }) ?? [] {
        switch key {
        case "controls": readControl(item, &reader)
        case "sources": readSource(item, &reader)
        case "tools": readTool(item, &reader)
        default: readDispute(item, &reader)
        }
      }
    }
    for item in fields["class_cells"].map({ reader.sequence($0, what: "class_cells") }) ?? [] {
      readClassAssignments(item, &reader)
    }
    for item in fields["services"].map({ reader.sequence($0, what: "services") }) ?? [] {
      readService(item, &reader)
    }
  }

  /// The items of a file that holds one list under one key (`controls:`, `sources:`, `tools:`).
  private func listItems(_ root: Node, key: String, _ reader: inout SchemaReader) -> [Node] {
    guard let fields = reader.mapping(root, allowed: [key], what: "\(key).yaml"),
      let node = fields.required(key, what: "\(key).yaml", in: &reader)
    else { return [] }
    return reader.sequence(node, what: key)
  }

  // MARK: Entities

  private mutating func readProvider(_ node: Node, _ reader: inout SchemaReader) {
    let what = "a provider"
    guard let fields = reader.mapping(node, allowed: ["id", "name", "short", "url"], what: what),
      let id = identifier(fields, what: what, &reader),
      let name = text(fields, "name", what: what, required: true, &reader)
    else { return }
    let short = text(fields, "short", what: what, required: false, &reader)?.value ?? name.value
    providers.append(
      Provider(
        id: id, name: name.value, short: short,
        url: text(fields, "url", what: what, required: false, &reader)?.value))
  }

  private mutating func readLayer(_ node: Node, _ reader: inout SchemaReader) {
    let what = "a layer"
    let keys: Set = ["id", "name", "order", "summary", "side", "sources"]
    guard let fields = reader.mapping(node, allowed: keys, what: what),
      let id = identifier(fields, what: what, &reader),
      let name = text(fields, "name", what: what, required: true, &reader),
      let orderNode = fields.required("order", what: what, in: &reader),
      let order = reader.integer(orderNode, what: "order")
    else { return }
    layers.append(
      Layer(
        id: id, name: name, order: order,
        summary: text(fields, "summary", what: what, required: false, &reader),
        side: fields["side"].flatMap { reader.choice($0, what: "side", as: LayerSide.self)?.value },
        citations: citations(fields, what: what, &reader)))
  }

  private mutating func readClass(_ node: Node, _ reader: inout SchemaReader) {
    let what = "a class"
    let keys: Set = ["id", "name", "model", "aliases", "order", "kind", "summary", "sources"]
    guard let fields = reader.mapping(node, allowed: keys, what: what),
      let id = identifier(fields, what: what, &reader),
      let name = text(fields, "name", what: what, required: true, &reader),
      let orderNode = fields.required("order", what: what, in: &reader),
      let order = reader.integer(orderNode, what: "order"),
      let kindNode = fields.required("kind", what: what, in: &reader),
      let kind = reader.choice(kindNode, what: "kind", as: ClassKind.self)
    else { return }
    classes.append(
      ServiceClass(
        id: id, name: name, model: text(fields, "model", what: what, required: false, &reader)?.value,
        aliases: fields["aliases"].map { reader.strings($0, what: "aliases").map(\.value) } ?? [],
        order: order, kind: kind.value,
        summary: text(fields, "summary", what: what, required: false, &reader),
        citations: citations(fields, what: what, &reader)))
  }

  private mutating func readControl(_ node: Node, _ reader: inout SchemaReader) {
    let what = "a control"
    let keys: Set = [
      "id", "name", "type", "layers", "tools", "provider", "customer", "mappings", "summary", "sources",
      "exception",
    ]
    guard let fields = reader.mapping(node, allowed: keys, what: what),
      let id = identifier(fields, what: what, &reader),
      let name = text(fields, "name", what: what, required: true, &reader)
    else { return }
    var mappings: [String: [String]] = [:]
    if let node = fields["mappings"] {
      for (scheme, ids) in reader.keyedEntries(node, what: "mappings") {
        mappings[scheme.value] = reader.strings(ids, what: "mappings.\(scheme.value)").map(\.value)
      }
    }
    controls.append(
      Control(
        id: id, name: name,
        type: fields["type"].flatMap { reader.choice($0, what: "type", as: ControlType.self)?.value },
        layers: fields["layers"].map { reader.strings($0, what: "layers") } ?? [],
        tools: fields["tools"].map { reader.strings($0, what: "tools") } ?? [],
        providerNote: text(fields, "provider", what: what, required: false, &reader),
        customerNote: text(fields, "customer", what: what, required: false, &reader), mappings: mappings,
        summary: text(fields, "summary", what: what, required: false, &reader),
        citations: citations(fields, what: what, &reader),
        exception: fields["exception"].flatMap { readException($0, &reader) }))
  }

  private mutating func readTool(_ node: Node, _ reader: inout SchemaReader) {
    let what = "a tool"
    guard
      let fields = reader.mapping(node, allowed: ["id", "name", "summary", "url", "sources"], what: what),
      let id = identifier(fields, what: what, &reader),
      let name = text(fields, "name", what: what, required: true, &reader)
    else { return }
    tools.append(
      Tool(
        id: id, name: name, summary: text(fields, "summary", what: what, required: false, &reader),
        url: text(fields, "url", what: what, required: false, &reader)?.value,
        citations: citations(fields, what: what, &reader)))
  }

  private mutating func readSource(_ node: Node, _ reader: inout SchemaReader) {
    let what = "a source"
    let keys: Set = [
      "id", "title", "publisher", "kind", "url", "via", "retrieved", "reliability", "lines", "notes",
    ]
    guard let fields = reader.mapping(node, allowed: keys, what: what),
      let id = identifier(fields, what: what, &reader),
      let title = text(fields, "title", what: what, required: true, &reader)
    else { return }
    sources.append(
      Source(
        id: id, title: title,
        publisher: text(fields, "publisher", what: what, required: false, &reader)?.value,
        kind: fields.required("kind", what: what, in: &reader).flatMap {
          reader.choice($0, what: "kind", as: SourceKind.self)?.value
        },
        url: text(fields, "url", what: what, required: false, &reader)?.value,
        via: text(fields, "via", what: what, required: false, &reader)?.value,
        retrieved: text(fields, "retrieved", what: what, required: false, &reader),
        reliability: fields["reliability"].flatMap {
          reader.choice($0, what: "reliability", as: Reliability.self)?.value
        },
        lines: fields["lines"].flatMap { reader.integer($0, what: "lines")?.value },
        notes: text(fields, "notes", what: what, required: false, &reader)?.value))
  }

  private mutating func readDispute(_ node: Node, _ reader: inout SchemaReader) {
    let what = "a dispute"
    let keys: Set = ["id", "title", "kind", "summary", "positions", "resolution", "affects"]
    guard let fields = reader.mapping(node, allowed: keys, what: what),
      let id = identifier(fields, what: what, &reader),
      let title = text(fields, "title", what: what, required: true, &reader),
      let kindNode = fields.required("kind", what: what, in: &reader),
      let kind = reader.choice(kindNode, what: "kind", as: DisputeKind.self)
    else { return }
    let positions =
      fields.required("positions", what: what, in: &reader).map { node in
        citedTexts(node, key: "positions", field: "claim", what: "a position", &reader).map {
          DisputePosition(claim: $0, citations: $1)
        }
      } ?? []
    var affects: [Located<EntityReference>] = []
    for text in fields["affects"].map({ reader.strings($0, what: "affects") }) ?? [] {
      guard let reference = EntityReference(parsing: text.value) else {
        reader.bag.error(
          .invalidValue, "'\(text.value)' must be 'kind/id', for example 'service/rds' or 'layer/network'",
          at: text.location)
        continue
      }
      affects.append(Located(reference, at: text.location))
    }
    disputes.append(
      Dispute(
        id: id, title: title, kind: kind.value,
        summary: text(fields, "summary", what: what, required: false, &reader),
        positions: positions, resolution: text(fields, "resolution", what: what, required: false, &reader),
        affects: affects))
  }

  private mutating func readService(_ root: Node, _ reader: inout SchemaReader) {
    let what = "a service"
    let keys: Set = [
      "id", "name", "long_name", "provider", "class", "class_claims", "confidence", "summary", "tools",
      "overrides", "sources", "exception",
    ]
    guard let fields = reader.mapping(root, allowed: keys, what: what),
      let id = identifier(fields, what: what, &reader),
      let name = text(fields, "name", what: what, required: true, &reader),
      let provider = text(fields, "provider", what: what, required: true, &reader),
      let classID = text(fields, "class", what: what, required: true, &reader)
    else { return }
    let claims =
      fields["class_claims"].map { node in
        citedTexts(node, key: "class_claims", field: "class", what: "a class claim", &reader).map {
          ClassClaim(classID: $0, citations: $1)
        }
      } ?? []
    var overrides: [CellTarget: Cell] = [:]
    if let node = fields["overrides"],
      let groups = reader.mapping(node, allowed: ["layers", "controls"], what: "overrides")
    {
      var declared: Set<CellTarget> = []
      overrides = cells(groups, &reader, declared: &declared)
    }
    services.append(
      Service(
        id: id, name: name, longName: text(fields, "long_name", what: what, required: false, &reader)?.value,
        provider: provider, classID: classID, classClaims: claims,
        confidence: fields["confidence"].flatMap {
          reader.choice($0, what: "confidence", as: Confidence.self)?.value
        }
          ?? .stated,
        summary: text(fields, "summary", what: what, required: false, &reader),
        tools: fields["tools"].map { reader.strings($0, what: "tools") } ?? [], overrides: overrides,
        citations: citations(fields, what: what, &reader),
        exception: fields["exception"].flatMap { readException($0, &reader) }))
  }

  private mutating func readClassAssignments(_ root: Node, _ reader: inout SchemaReader) {
    let what = "a class file"
    guard let fields = reader.mapping(root, allowed: ["class", "layers", "controls"], what: what),
      let classID = text(fields, "class", what: what, required: true, &reader)
    else { return }
    _ = fields.required("layers", what: what, in: &reader)
    var declared: Set<CellTarget> = []
    let cells = cells(fields, &reader, declared: &declared)
    assignments.append(
      ClassAssignments(classID: classID, cells: cells, declared: declared, location: fields.location))
  }

  // MARK: Cells

  /// Reads the `layers:` and `controls:` groups of a class file or a service's overrides.
  private mutating func cells(
    _ fields: Fields, _ reader: inout SchemaReader, declared: inout Set<CellTarget>
  ) -> [CellTarget: Cell] {
    var cells: [CellTarget: Cell] = [:]
    for (group, makeTarget) in [("layers", CellTarget.layer), ("controls", CellTarget.control)] {
      guard let node = fields[group] else { continue }
      for (key, value) in reader.keyedEntries(node, what: group) {
        declared.insert(makeTarget(key.value))
        guard let cell = readCell(value, key: key, &reader) else { continue }
        cells[makeTarget(key.value)] = cell
      }
    }
    return cells
  }

  private mutating func readCell(_ node: Node, key: Located<String>, _ reader: inout SchemaReader) -> Cell? {
    let what = "the cell '\(key.value)'"
    let keys: Set = [
      "owner", "provider", "customer", "confidence", "claims", "sources", "exception", "reason", "note",
    ]
    guard let fields = reader.mapping(node, allowed: keys, what: what),
      let ownerNode = fields.required("owner", what: what, in: &reader),
      let owner = reader.choice(ownerNode, what: "owner", as: Owner.self)
    else { return nil }
    var claims: [Claim] = []
    if let node = fields["claims"] {
      for item in reader.sequence(node, what: "claims") {
        guard let claim = reader.mapping(item, allowed: ["owner", "sources"], what: "a claim"),
          let claimOwnerNode = claim.required("owner", what: "a claim", in: &reader),
          let claimOwner = reader.choice(claimOwnerNode, what: "owner", as: Owner.self)
        else { continue }
        claims.append(
          Claim(
            owner: claimOwner, citations: citations(claim, what: "a claim", &reader), location: claim.location
          ))
      }
    }
    let exception = fields["exception"].flatMap { readException($0, &reader) }
    return Cell(
      owner: owner, providerNote: text(fields, "provider", what: what, required: false, &reader),
      customerNote: text(fields, "customer", what: what, required: false, &reader),
      confidence: fields["confidence"].flatMap {
        reader.choice($0, what: "confidence", as: Confidence.self)?.value
      }
        ?? .stated,
      claims: claims, citations: citations(fields, what: what, &reader), exception: exception,
      reason: text(fields, "reason", what: what, required: false, &reader),
      note: text(fields, "note", what: what, required: false, &reader)?.value, location: key.location)
  }

  /// `exception: {rule, reason}`, where `rule` is one diagnostic code or a list of them.
  private func readException(_ node: Node, _ reader: inout SchemaReader) -> RuleException? {
    guard let fields = reader.mapping(node, allowed: ["rule", "reason"], what: "an exception"),
      let ruleNode = fields.required("rule", what: "an exception", in: &reader),
      let reason = text(fields, "reason", what: "an exception", required: true, &reader)
    else { return nil }
    let rules =
      if case .sequence = ruleNode { reader.strings(ruleNode, what: "rule") } else {
        reader.string(ruleNode, what: "rule").map { [$0] } ?? []
      }
    guard !rules.isEmpty else { return nil }
    for rule in rules where DiagnosticCode(rawValue: rule.value) == nil {
      let hint = Suggestion.nearest(to: rule.value, in: DiagnosticCode.allCases.map(\.rawValue))
      reader.bag.error(
        .invalidValue,
        "exception rule '\(rule.value)' is not a diagnostic code\(Suggestion.hint(hint))",
        at: rule.location)
    }
    return RuleException(rules: rules, reason: reason, location: fields.location)
  }

  // MARK: Field helpers

  private func identifier(_ fields: Fields, what: String, _ reader: inout SchemaReader) -> Located<String>? {
    guard let node = fields.required("id", what: what, in: &reader), let id = reader.string(node, what: "id")
    else { return nil }
    if !Identifier.isValid(id.value) {
      reader.bag.error(
        .invalidID, "id '\(id.value)' must be a lowercase slug such as 'patch-management'", at: id.location)
      return nil
    }
    return id
  }

  private func text(
    _ fields: Fields, _ key: String, what: String, required: Bool, _ reader: inout SchemaReader
  ) -> Located<String>? {
    let node = required ? fields.required(key, what: what, in: &reader) : fields[key]
    return node.flatMap { reader.string($0, what: key) }
  }

  /// A list of mappings that each hold one required text `field` and its `sources` (a dispute's
  /// positions, a service's class claims), as pairs.
  private func citedTexts(
    _ node: Node, key: String, field: String, what: String, _ reader: inout SchemaReader
  ) -> [(Located<String>, [Citation])] {
    reader.sequence(node, what: key).compactMap { item in
      guard let fields = reader.mapping(item, allowed: [field, "sources"], what: what),
        let value = text(fields, field, what: what, required: true, &reader)
      else { return nil }
      return (value, citations(fields, what: what, &reader))
    }
  }

  private func citations(_ fields: Fields, what: String, _ reader: inout SchemaReader) -> [Citation] {
    guard let node = fields["sources"] else { return [] }
    return reader.strings(node, what: "sources").compactMap { text in
      guard let citation = Citation.parse(text.value, at: text.location) else {
        reader.bag.error(
          .invalidValue,
          "citation '\(text.value)' must look like 'source-id', 'source-id#L12', 'source-id#L12-20' or 'source-id#fragment'",
          at: text.location)
        return nil
      }
      return citation
    }
  }
}
