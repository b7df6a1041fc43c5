import Diagnostics
import Yams

/// Reads YAML nodes against a closed schema, collecting diagnostics instead of throwing.
///
/// Every accessor reports problems at the exact key or value node: unknown keys at the key, type
/// errors at the value, missing keys at the mapping that lacks them.
public struct SchemaReader {
  public let file: String
  public let lineOffset: Int
  /// Unknown keys are errors in the dataset (closed schema) and warnings in front matter.
  public let unknownKeySeverity: Severity
  public var bag = DiagnosticBag()

  public init(file: String, lineOffset: Int = 0, unknownKeySeverity: Severity = .error) {
    self.file = file
    self.lineOffset = lineOffset
    self.unknownKeySeverity = unknownKeySeverity
  }

  public func location(of node: Node) -> SourceLocation {
    guard let mark = node.mark else { return SourceLocation(file: file, line: 1 + lineOffset) }
    return SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
  }

  /// The node as a mapping, with its keys checked against `allowed`.
  public mutating func mapping(_ node: Node, allowed: Set<String>, what: String) -> Fields? {
    guard case .mapping(let mapping) = node else {
      bag.error(.typeMismatch, "\(what) must be a mapping of keys to values", at: location(of: node))
      return nil
    }
    var fields = Fields(location: location(of: node))
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key else {
        bag.error(.typeMismatch, "keys in \(what) must be plain strings", at: location(of: key))
        continue
      }
      if !allowed.contains(scalar.string) {
        let hint = Suggestion.hint(Suggestion.nearest(to: scalar.string, in: allowed))
        bag.append(
          Diagnostic(
            unknownKeySeverity, .unknownKey, "unknown key '\(scalar.string)' in \(what)\(hint)",
            at: location(of: key)))
        continue
      }
      fields.entries.append((Located(scalar.string, at: location(of: key)), value))
    }
    return fields
  }

  /// The entries of a mapping whose keys are ids (such as the cells of a class), in file order.
  public mutating func keyedEntries(_ node: Node, what: String) -> [(key: Located<String>, value: Node)] {
    guard case .mapping(let mapping) = node else {
      bag.error(.typeMismatch, "\(what) must be a mapping keyed by id", at: location(of: node))
      return []
    }
    var entries: [(key: Located<String>, value: Node)] = []
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key else {
        bag.error(.typeMismatch, "keys in \(what) must be plain strings", at: location(of: key))
        continue
      }
      entries.append((Located(scalar.string, at: location(of: key)), value))
    }
    return entries
  }

  public mutating func sequence(_ node: Node, what: String) -> [Node] {
    guard case .sequence(let sequence) = node else {
      bag.error(.typeMismatch, "\(what) must be a list", at: location(of: node))
      return []
    }
    return Array(sequence)
  }

  public mutating func string(_ node: Node, what: String) -> Located<String>? {
    guard case .scalar(let scalar) = node else {
      bag.error(.typeMismatch, "\(what) must be a string", at: location(of: node))
      return nil
    }
    return Located(scalar.string, at: location(of: node))
  }

  /// An integer written as a plain (unquoted) decimal scalar.
  public mutating func integer(_ node: Node, what: String) -> Located<Int>? {
    guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
      let value = Int(scalar.string)
    else {
      bag.error(.typeMismatch, "\(what) must be a whole number", at: location(of: node))
      return nil
    }
    return Located(value, at: location(of: node))
  }

  public mutating func boolean(_ node: Node, what: String) -> Located<Bool>? {
    guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any,
      scalar.string == "true" || scalar.string == "false"
    else {
      bag.error(.typeMismatch, "\(what) must be true or false", at: location(of: node))
      return nil
    }
    return Located(scalar.string == "true", at: location(of: node))
  }

  /// A string from a closed set, reported with the allowed values when it is outside it.
  public mutating func choice<Value: RawRepresentable & CaseIterable & Hashable & Sendable>(
    _ node: Node, what: String, as type: Value.Type
  ) -> Located<Value>? where Value.RawValue == String {
    guard let text = string(node, what: what) else { return nil }
    guard let value = Value(rawValue: text.value) else {
      let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
      bag.error(.invalidValue, "\(what) '\(text.value)' is not one of: \(allowed)", at: text.location)
      return nil
    }
    return Located(value, at: text.location)
  }

  /// A list of strings; a single string is not accepted, to keep the schema unambiguous.
  public mutating func strings(_ node: Node, what: String) -> [Located<String>] {
    sequence(node, what: what).compactMap { string($0, what: "an item of \(what)") }
  }
}
