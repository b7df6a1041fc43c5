import Dataset

/// The JSON Schema (draft 2020-12) of ``DatasetJSON``'s document, published beside it so that a
/// compliance team's own tools can check a file before they trust it.
///
/// Every object is closed, as the YAML reader is (rule I1), and every closed list of values comes
/// from the Swift enum that the reader checks against, so the two cannot drift apart.
public enum DatasetSchema {
  public static let fileName = "demarc-dataset.schema.json"
  public static let identifier = "https://demarc.dev/schema/demarc-dataset.schema.json"

  public static var document: JSONValue {
    .object([
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "$id": .string(identifier),
      "title": "demarc responsibility dataset",
      "description": .string(
        "The whole validated dataset of a demarc site, in the shape of its YAML files (see the README, \"The dataset as data\")."
      ),
      "type": "object",
      "required": ["provenance", "model"],
      "additionalProperties": false,
      "properties": .object([
        "$schema": string,
        "provenance": closed(
          required: ["format", "generator", "schema_version"],
          [
            "format": .object(["const": .string(DatasetJSON.formatName)]), "generator": string,
            "schema_version": integer,
          ]),
        "model": closed(
          required: ["schema_version"],
          [
            "schema_version": .object([
              "type": "integer", "minimum": .integer(DatasetLoader.supportedSchemaVersions.lowerBound),
              "maximum": .integer(DatasetLoader.supportedSchemaVersions.upperBound),
            ]),
            "providers": list(ref("provider")), "layers": list(ref("layer")), "classes": list(ref("class")),
          ]),
        "controls": list(ref("control")), "sources": list(ref("source")), "tools": list(ref("tool")),
        "disputes": list(ref("dispute")), "class_cells": list(ref("class_cells")),
        "services": list(ref("service")),
      ]),
      "$defs": definitions,
    ])
  }

  public static var text: String { document.pretty }

  private static var definitions: JSONValue {
    .object([
      "id": .object(["type": "string", "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"]),
      "citation": .object([
        "type": "string", "pattern": "^[a-z][a-z0-9]*(-[a-z0-9]+)*(#(L[1-9][0-9]*(-[1-9][0-9]*)?|[^ #]+))?$",
        "description": "A source id, optionally with lines (#L12, #L12-20) or a section (#fragment).",
      ]),
      "citations": list(ref("citation")),
      "exception": closed(
        required: ["rule", "reason"],
        [
          "rule": .object(["oneOf": [string, .object(["type": "array", "items": string, "minItems": 1])]]),
          "reason": string,
        ]),
      "provider": closed(
        required: ["id", "name"], ["id": ref("id"), "name": string, "short": string, "url": string]),
      "layer": closed(
        required: ["id", "name", "order"],
        [
          "id": ref("id"), "name": string, "order": integer,
          "side": choice(LayerSide.allCases.map(\.rawValue)),
          "summary": string, "sources": ref("citations"),
        ]),
      "class": closed(
        required: ["id", "name", "order", "kind"],
        [
          "id": ref("id"), "name": string, "model": string, "aliases": list(string), "order": integer,
          "kind": choice(ClassKind.allCases.map(\.rawValue)), "summary": string, "sources": ref("citations"),
        ]),
      "control": closed(
        required: ["id", "name"],
        [
          "id": ref("id"), "name": string, "type": choice(ControlType.allCases.map(\.rawValue)),
          "layers": list(ref("id")), "tools": list(ref("id")), "summary": string, "provider": string,
          "customer": string,
          "mappings": .object([
            "type": "object", "additionalProperties": list(string),
            "description": "External control ids by scheme, such as nist-sp800-53r5: [si-2].",
          ]),
          "sources": ref("citations"), "exception": ref("exception"),
        ]),
      "source": closed(
        required: ["id", "title", "kind"],
        [
          "id": ref("id"), "title": string, "publisher": string,
          "kind": choice(SourceKind.allCases.map(\.rawValue)),
          "url": string,
          "via": string, "retrieved": string, "reliability": choice(Reliability.allCases.map(\.rawValue)),
          "lines": .object(["type": "integer", "minimum": 1]), "notes": string,
        ]),
      "tool": closed(
        required: ["id", "name"],
        ["id": ref("id"), "name": string, "summary": string, "url": string, "sources": ref("citations")]),
      "dispute": closed(
        required: ["id", "title", "kind", "positions"],
        [
          "id": ref("id"), "title": string, "kind": choice(DisputeKind.allCases.map(\.rawValue)),
          "summary": string,
          "positions": list(closed(required: ["claim"], ["claim": string, "sources": ref("citations")])),
          "resolution": string,
          "affects": list(
            .object([
              "type": "string",
              "pattern": .string(
                "^(\(EntityKind.allCases.map(\.rawValue).joined(separator: "|")))/[a-z][a-z0-9-]*$"),
            ])),
        ]),
      "cell": closed(
        required: ["owner"],
        [
          "owner": choice(Owner.allCases.map(\.rawValue)), "provider": string, "customer": string,
          "confidence": choice(Confidence.allCases.map(\.rawValue)),
          "claims": list(
            closed(
              required: ["owner"],
              ["owner": choice(Owner.allCases.map(\.rawValue)), "sources": ref("citations")])),
          "sources": ref("citations"), "exception": ref("exception"), "reason": string,
          "note": .object([
            "type": "string", "description": "An editorial note for maintainers; never shown.",
          ]),
        ]),
      "cells": .object(["type": "object", "additionalProperties": ref("cell")]),
      "class_cells": closed(
        required: ["class", "layers"], ["class": ref("id"), "layers": ref("cells"), "controls": ref("cells")]),
      "service": closed(
        required: ["id", "name", "provider", "class"],
        [
          "id": ref("id"), "name": string, "long_name": string, "provider": ref("id"), "class": ref("id"),
          "class_claims": list(
            closed(required: ["class"], ["class": ref("id"), "sources": ref("citations")])),
          "confidence": choice(Confidence.allCases.map(\.rawValue)), "summary": string,
          "tools": list(ref("id")),
          "overrides": closed(required: [], ["layers": ref("cells"), "controls": ref("cells")]),
          "sources": ref("citations"), "exception": ref("exception"),
        ]),
    ])
  }

  private static let string: JSONValue = .object(["type": "string"])
  private static let integer: JSONValue = .object(["type": "integer"])

  private static func ref(_ name: String) -> JSONValue { .object(["$ref": .string("#/$defs/" + name)]) }
  private static func list(_ items: JSONValue) -> JSONValue { .object(["type": "array", "items": items]) }
  private static func choice(_ values: [String]) -> JSONValue {
    .object(["type": "string", "enum": .array(values.map(JSONValue.string))])
  }
  private static func closed(required: [String], _ properties: KeyValuePairs<String, JSONValue>) -> JSONValue
  {
    .object([
      "type": "object", "additionalProperties": false,
      "required": required.isEmpty ? nil : .array(required.map(JSONValue.string)),
      "properties": .object(properties.map { ($0.key, $0.value) }),
    ])
  }
}
