import Diagnostics
import Yams

/// The recognised keys of one mapping, with the lookup and required-key checks the loaders share.
public struct Fields {
  public let location: SourceLocation
  public var entries: [(key: Located<String>, value: Node)] = []

  public subscript(_ key: String) -> Node? { entries.first { $0.key.value == key }?.value }

  /// The value for `key`, or nil after reporting it missing.
  public func required(_ key: String, what: String, in reader: inout SchemaReader) -> Node? {
    if let value = self[key] { return value }
    reader.bag.error(.missingKey, "\(what) lacks the required key '\(key)'", at: location)
    return nil
  }
}
