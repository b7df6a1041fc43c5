/// Turns diagnostics into text in one of the ``DiagnosticFormat``s. Pure: it returns strings and
/// never prints, so the CLI and the tests produce identical output.
public struct DiagnosticFormatter: Sendable {
  public var format: DiagnosticFormat
  /// ANSI colour for the `text` format; the CLI enables it only on a terminal without `NO_COLOR`.
  public var colour: Bool

  public init(format: DiagnosticFormat, colour: Bool = false) {
    self.format = format
    self.colour = colour
  }

  /// The whole report for a run.
  public func report(_ diagnostics: [Diagnostic]) -> String {
    switch format {
    case .text: diagnostics.map(text).joined()
    case .json: json(diagnostics)
    case .sarif: sarif(diagnostics)
    case .github: diagnostics.map(github).joined()
    }
  }

  private func text(_ diagnostic: Diagnostic) -> String {
    guard colour else { return diagnostic.description + "\n" }
    let prefix =
      diagnostic.location.map { "\u{1B}[1m\(TerminalText.escaped($0.description)):\u{1B}[0m " } ?? ""
    let severity: String
    switch diagnostic.severity {
    case .error: severity = "\u{1B}[1;31merror:\u{1B}[0m"
    case .warning: severity = "\u{1B}[1;33mwarning:\u{1B}[0m"
    case .note: severity = "\u{1B}[1;36mnote:\u{1B}[0m"
    }
    return
      "\(prefix)\(severity) \(TerminalText.escaped(diagnostic.message)) \u{1B}[2m[\(diagnostic.code.rawValue)]\u{1B}[0m\n"
  }

  private func github(_ diagnostic: Diagnostic) -> String {
    let command: String
    switch diagnostic.severity {
    case .error: command = "error"
    case .warning: command = "warning"
    case .note: command = "notice"
    }
    var properties: [String] = []
    if let location = diagnostic.location {
      properties = [
        "file=\(Self.githubProperty(location.file))", "line=\(location.line)", "col=\(location.column)",
      ]
    }
    properties.append("title=\(Self.githubProperty(diagnostic.code.rawValue))")
    return
      "::\(command) \(properties.joined(separator: ","))::\(Self.githubMessage(diagnostic.message)) [\(diagnostic.code.rawValue)]\n"
  }

  /// Workflow-command escaping: `%`, CR and LF everywhere; `:` and `,` in properties too.
  private static func githubMessage(_ text: String) -> String {
    githubEscape(text, also: [:])
  }

  private static func githubProperty(_ text: String) -> String {
    githubEscape(text, also: [":": "%3A", ",": "%2C"])
  }

  /// Escapes by Unicode scalar, so a CRLF pair (one `Character`) is still caught.
  private static func githubEscape(_ text: String, also extra: [Unicode.Scalar: String]) -> String {
    let out = TextEscaping.escape(text, mayNeed: { _ in true }) {
      switch $0 {
      case "%": "%25"
      case "\r": "%0D"
      case "\n": "%0A"
      default: extra[$0]
      }
    }
    return out
  }

  private func json(_ diagnostics: [Diagnostic]) -> String {
    let items = diagnostics.map { diagnostic in
      var fields = [
        "\"severity\": \(JSONString(diagnostic.severity.rawValue))",
        "\"code\": \(JSONString(diagnostic.code.rawValue))",
        "\"message\": \(JSONString(diagnostic.message))",
      ]
      if let location = diagnostic.location {
        fields += [
          "\"file\": \(JSONString(location.file))", "\"line\": \(location.line)",
          "\"column\": \(location.column)",
        ]
      }
      return "    {" + fields.joined(separator: ", ") + "}"
    }
    let errors = diagnostics.count { $0.severity == .error }
    let warnings = diagnostics.count { $0.severity == .warning }
    let list = items.isEmpty ? "[]" : "[\n" + items.joined(separator: ",\n") + "\n  ]"
    return "{\n  \"diagnostics\": \(list),\n  \"errors\": \(errors),\n  \"warnings\": \(warnings)\n}\n"
  }

  private func sarif(_ diagnostics: [Diagnostic]) -> String {
    let codes = Array(Set(diagnostics.map(\.code))).sorted { $0.rawValue < $1.rawValue }
    let rules = codes.map { code in
      "        {\"id\": \(JSONString(code.rawValue)), \"shortDescription\": {\"text\": \(JSONString(code.summary))}}"
    }
    let results = diagnostics.map { diagnostic -> String in
      let level: String
      switch diagnostic.severity {
      case .error: level = "error"
      case .warning: level = "warning"
      case .note: level = "note"
      }
      var result =
        "      {\"ruleId\": \(JSONString(diagnostic.code.rawValue)), \"level\": \"\(level)\", "
        + "\"message\": {\"text\": \(JSONString(diagnostic.message))}"
      if let location = diagnostic.location {
        result +=
          ", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": \(JSONString(location.file))}, "
          + "\"region\": {\"startLine\": \(location.line), \"startColumn\": \(location.column)}}}]"
      }
      return result + "}"
    }
    return """
      {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
          "tool": {"driver": {"name": "demarc", "rules": [
      \(rules.joined(separator: ",\n"))
          ]}},
          "results": [
      \(results.joined(separator: ",\n"))
          ]
        }]
      }

      """
  }
}

/// A JSON string literal; see ``JSONText/quoted(_:scriptSafe:)``.
func JSONString(_ text: String) -> String { JSONText.quoted(text) }
