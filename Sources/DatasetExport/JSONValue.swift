import Diagnostics

/// A JSON document whose objects keep the order their keys were given in, so that every export is
/// byte-identical from run to run and reads in the order a person expects (id first).
public indirect enum JSONValue: Equatable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral
{
  case string(String)
  case integer(Int)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([(String, JSONValue)])

  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .integer(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }

  /// An object from key/value pairs, leaving out the pairs whose value is nil.
  public static func object(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
    .object(pairs.compactMap { key, value in value.map { (key, $0) } })
  }

  /// Indented with two spaces, one key or item per line, ending in a newline.
  public var pretty: String {
    var out: [UInt8] = []
    out.reserveCapacity(1 << 16)
    write(into: &out, depth: 0)
    out.append(UInt8(ascii: "\n"))
    return String(decoding: out, as: UTF8.self)
  }

  /// Written on UTF-8 bytes: the exports are remade on every dataset edit in `demarc serve`, and
  /// string building was the larger part of that.
  private func write(into out: inout [UInt8], depth: Int) {
    switch self {
    case .string(let text): Self.quote(text, into: &out)
    case .integer(let number): out += String(number).utf8
    case .bool(let flag): out += (flag ? "true" : "false").utf8
    case .null: out += "null".utf8
    case .array(let items) where items.isEmpty: out += "[]".utf8
    case .array(let items):
      out.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        out.append(index == 0 ? UInt8(ascii: "\n") : UInt8(ascii: ","))
        if index > 0 { out.append(UInt8(ascii: "\n")) }
        Self.indent(depth + 1, into: &out)
        item.write(into: &out, depth: depth + 1)
      }
      out.append(UInt8(ascii: "\n"))
      Self.indent(depth, into: &out)
      out.append(UInt8(ascii: "]"))
    case .object(let pairs) where pairs.isEmpty: out += "{}".utf8
    case .object(let pairs):
      out.append(UInt8(ascii: "{"))
      for (index, (key, value)) in pairs.enumerated() {
        out.append(index == 0 ? UInt8(ascii: "\n") : UInt8(ascii: ","))
        if index > 0 { out.append(UInt8(ascii: "\n")) }
        Self.indent(depth + 1, into: &out)
        Self.quote(key, into: &out)
        out += ": ".utf8
        value.write(into: &out, depth: depth + 1)
      }
      out.append(UInt8(ascii: "\n"))
      Self.indent(depth, into: &out)
      out.append(UInt8(ascii: "}"))
    }
  }

  private static func indent(_ depth: Int, into out: inout [UInt8]) {
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
  }

  /// A JSON string literal, escaped by the one JSON escaper the project has.
  private static func quote(_ text: String, into out: inout [UInt8]) {
    out += JSONText.quoted(text).utf8
  }

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.string(let a), .string(let b)): a == b
    case (.integer(let a), .integer(let b)): a == b
    case (.bool(let a), .bool(let b)): a == b
    case (.null, .null): true
    case (.array(let a), .array(let b)): a == b
    case (.object(let a), .object(let b)): a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
    default: false
    }
  }
}
