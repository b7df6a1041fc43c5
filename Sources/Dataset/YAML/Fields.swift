import Diagnostics
import Yams

/// The recognised keys of one mapping, with the lookup and required-key checks the loaders share.
public struct Fields {
  public let location: SourceLocation
  public var entries: [(key: Located<String>, value: Node)] = []

  /// Compared in place, by index: `first(where:)` copied out (and retained) every entry it
  /// passed, which a page's front matter does for each of the eight keys it asks for.
  public subscript(_ key: String) -> Node? {
    for index in entries.indices where entries[index].key.value == key { return entries[index].value }
    return nil
  }

  /// The value for `key`, or nil after reporting it missing.
  public func required(_ key: String, what: String, in reader: inout SchemaReader) -> Node? {
    if let value = self[key] { return value }
    reader.bag.error(.missingKey, "\(what) lacks the required key '\(key)'", at: location)
    return nil
  }
}
