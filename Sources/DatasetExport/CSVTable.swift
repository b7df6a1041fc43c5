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
    ([header] + rows).map { $0.map(Self.field).joined(separator: ",") + "\r\n" }.joined()
  }

  /// One field, neutralised against formulas and then quoted where RFC 4180 requires it.
  static func field(_ value: String) -> String {
    var text = value
    if let first = text.unicodeScalars.first, Self.formulaStarts.contains(first) { text = "'" + text }
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
      return text
    }
    return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
      + "\""
  }

  private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
