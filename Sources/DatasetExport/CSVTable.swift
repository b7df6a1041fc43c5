/// A table written as RFC 4180 CSV: CRLF line ends, and a field quoted (with its quotes doubled)
/// when it holds a comma, a quote or a line end.
///
/// A field that a spreadsheet would take for a formula (it begins with `=`, `+`, `-`, `@`, a tab or
/// a carriage return) gets a leading apostrophe, as OWASP advises against CSV injection: an
/// attacker who can write a note in the dataset must not run a formula on an auditor's machine.
public struct CSVTable: Sendable, Equatable {
  public var header: [String]
  public var rows: [[String]]

  public init(header: [String], rows: [[String]]) {
    self.header = header
    self.rows = rows
  }

  public var text: String {
    var out = ""
    for row in [header] + rows {
      for (index, value) in row.enumerated() {
        if index > 0 { out += "," }
        out += Self.field(value)
      }
      out += "\r\n"
    }
    return out
  }

  /// One field, neutralised against formulas and then quoted where RFC 4180 requires it.
  static func field(_ value: String) -> String {
    var text = value
    if let first = text.unicodeScalars.first, Self.formulaStarts.contains(first) { text = "'" + text }
    let quote = UInt8(ascii: "\"")
    guard
      text.utf8.contains(where: {
        $0 == UInt8(ascii: ",") || $0 == quote || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
      })
    else { return text }
    var bytes: [UInt8] = [quote]
    for byte in text.utf8 {
      bytes.append(byte)
      if byte == quote { bytes.append(quote) }
    }
    bytes.append(quote)
    return String(decoding: bytes, as: UTF8.self)
  }

  private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
