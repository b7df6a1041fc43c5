import Dataset

/// The whole dataset as one JSON document, in the shape of the YAML files it was read from: the
/// keys are the YAML keys, `model` is `model.yaml`, `class_cells` holds the `classes/*.yaml` files
/// and `services` the `services/*.yaml` files.
///
/// Because JSON is YAML, ``DatasetLoader`` reads the document back with the same rules and the same
/// `line:col` diagnostics (a `dataset.json` in the data folder replaces the YAML files), so export
/// then import gives the same dataset, and nothing in this file decides a format of its own.
public struct DatasetJSON {
  /// The file's name in the build output and in a data folder.
  public static let fileName = DatasetLoader.combinedFileName
  /// The export's own format, written in `provenance` and checked by the schema.
  public static let formatName = "demarc-dataset"

  public var dataset: Dataset
  /// The output format version of the demarc that wrote the file (`demarc-output-6`).
  public var generator: String

  public init(dataset: Dataset, generator: String) {
    self.dataset = dataset
    self.generator = generator
  }

  public var document: JSONValue {
    .object([
      "$schema": .string(DatasetSchema.fileName),
      "provenance": .object([
        "format": .string(Self.formatName), "generator": .string(generator),
        "schema_version": .integer(dataset.schemaVersion),
      ]),
      "model": .object([
        "schema_version": .integer(dataset.schemaVersion),
        "providers": .array(dataset.providers.map(provider)), "layers": .array(dataset.layers.map(layer)),
        "classes": .array(dataset.classes.map(serviceClass)),
      ]),
      "controls": .array(dataset.controls.map(control)),
      "sources": .array(dataset.sources.map(source)),
      "tools": .array(dataset.tools.map(tool)),
      "disputes": .array(dataset.disputes.map(dispute)),
      "class_cells": .array(
        dataset.classes.compactMap { dataset.assignments[$0.id.value] }.map(assignments)),
      "services": .array(dataset.services.map(service)),
    ])
  }

  public var text: String { document.pretty }

  // MARK: Entities

  private func provider(_ provider: Provider) -> JSONValue {
    .object([
      "id": .string(provider.id.value), "name": .string(provider.name), "short": .string(provider.short),
      "url": provider.url.map(JSONValue.string),
    ])
  }

  private func layer(_ layer: Layer) -> JSONValue {
    .object([
      "id": .string(layer.id.value), "name": .string(layer.name.value), "order": .integer(layer.order.value),
      "side": layer.side.map { .string($0.rawValue) }, "summary": layer.summary.map { .string($0.value) },
      "sources": citations(layer.citations),
    ])
  }

  private func serviceClass(_ item: ServiceClass) -> JSONValue {
    .object([
      "id": .string(item.id.value), "name": .string(item.name.value),
      "model": item.model.map(JSONValue.string),
      "aliases": item.aliases.isEmpty ? nil : .array(item.aliases.map(JSONValue.string)),
      "order": .integer(item.order.value), "kind": .string(item.kind.rawValue),
      "summary": item.summary.map { .string($0.value) }, "sources": citations(item.citations),
    ])
  }

  private func control(_ control: Control) -> JSONValue {
    .object([
      "id": .string(control.id.value), "name": .string(control.name.value),
      "type": control.type.map { .string($0.rawValue) }, "layers": strings(control.layers),
      "tools": strings(control.tools), "summary": control.summary.map { .string($0.value) },
      "provider": control.providerNote.map { .string($0.value) },
      "customer": control.customerNote.map { .string($0.value) },
      "mappings": control.mappings.isEmpty
        ? nil
        : .object(
          control.mappings.sorted { $0.key < $1.key }.map { ($0.key, .array($0.value.map(JSONValue.string))) }
        ),
      "sources": citations(control.citations), "exception": control.exception.map(exception),
    ])
  }

  private func source(_ source: Source) -> JSONValue {
    .object([
      "id": .string(source.id.value), "title": .string(source.title.value),
      "publisher": source.publisher.map(JSONValue.string),
      "kind": source.kind.map { .string($0.rawValue) }, "url": source.url.map(JSONValue.string),
      "via": source.via.map(JSONValue.string), "retrieved": source.retrieved.map { .string($0.value) },
      "reliability": source.reliability.map { .string($0.rawValue) },
      "lines": source.lines.map(JSONValue.integer),
      "notes": source.notes.map(JSONValue.string),
    ])
  }

  private func tool(_ tool: Tool) -> JSONValue {
    .object([
      "id": .string(tool.id.value), "name": .string(tool.name.value),
      "summary": tool.summary.map { .string($0.value) }, "url": tool.url.map(JSONValue.string),
      "sources": citations(tool.citations),
    ])
  }

  private func dispute(_ dispute: Dispute) -> JSONValue {
    .object([
      "id": .string(dispute.id.value), "title": .string(dispute.title.value),
      "kind": .string(dispute.kind.rawValue),
      "summary": dispute.summary.map { .string($0.value) },
      "positions": .array(
        dispute.positions.map {
          .object(["claim": .string($0.claim.value), "sources": citations($0.citations)])
        }),
      "resolution": dispute.resolution.map { .string($0.value) },
      "affects": dispute.affects.isEmpty
        ? nil : .array(dispute.affects.map { .string($0.value.description) }),
    ])
  }

  private func assignments(_ assignments: ClassAssignments) -> JSONValue {
    .object(
      [("class", .string(assignments.classID.value))] + cellGroups(assignments.cells).map { ($0, $1) })
  }

  private func service(_ service: Service) -> JSONValue {
    let overrides = cellGroups(service.overrides)
    return .object([
      "id": .string(service.id.value), "name": .string(service.name.value),
      "long_name": service.longName.map(JSONValue.string), "provider": .string(service.provider.value),
      "class": .string(service.classID.value),
      "class_claims": service.classClaims.isEmpty
        ? nil
        : .array(
          service.classClaims.map {
            .object(["class": .string($0.classID.value), "sources": citations($0.citations)])
          }),
      "confidence": .string(service.confidence.rawValue),
      "summary": service.summary.map { .string($0.value) },
      "tools": strings(service.tools), "overrides": overrides.isEmpty ? nil : .object(overrides),
      "sources": citations(service.citations), "exception": service.exception.map(exception),
    ])
  }

  // MARK: Cells

  /// `layers:` then `controls:`, each in the dataset's display order, leaving out an empty group.
  private func cellGroups(_ cells: [CellTarget: Cell]) -> [(String, JSONValue)] {
    let layers = cells.filter { if case .layer = $0.key { true } else { false } }
    let controls = cells.filter { if case .control = $0.key { true } else { false } }
    return [("layers", layers), ("controls", controls)].compactMap { group, cells in
      cells.isEmpty ? nil : (group, .object(ordered(cells).map { ($0.key.id, cell($0.value)) }))
    }
  }

  /// Cells in the order the dataset shows their targets; a target the dataset lacks sorts last by id.
  private func ordered(_ cells: [CellTarget: Cell]) -> [(key: CellTarget, value: Cell)] {
    let rank = Dictionary(uniqueKeysWithValues: dataset.targets.enumerated().map { ($1, $0) })
    return cells.sorted { (rank[$0.key] ?? .max, $0.key.id) < (rank[$1.key] ?? .max, $1.key.id) }
  }

  private func cell(_ cell: Cell) -> JSONValue {
    .object([
      "owner": .string(cell.owner.value.rawValue), "provider": cell.providerNote.map { .string($0.value) },
      "customer": cell.customerNote.map { .string($0.value) },
      "confidence": .string(cell.confidence.rawValue),
      "claims": cell.claims.isEmpty
        ? nil
        : .array(
          cell.claims.map {
            .object(["owner": .string($0.owner.value.rawValue), "sources": citations($0.citations)])
          }),
      "sources": citations(cell.citations), "exception": cell.exception.map(exception),
      "reason": cell.reason.map { .string($0.value) }, "note": cell.note.map(JSONValue.string),
    ])
  }

  private func exception(_ exception: RuleException) -> JSONValue {
    .object([
      "rule": exception.rules.count == 1
        ? .string(exception.rules[0].value) : .array(exception.rules.map { .string($0.value) }),
      "reason": .string(exception.reason.value),
    ])
  }

  private func citations(_ citations: [Citation]) -> JSONValue? {
    citations.isEmpty ? nil : .array(citations.map { .string($0.text) })
  }

  private func strings(_ values: [Located<String>]) -> JSONValue? {
    values.isEmpty ? nil : .array(values.map { .string($0.value) })
  }
}
