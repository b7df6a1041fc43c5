/// One problem found in a site's content, theme or configuration.
///
/// Content problems are collected, never thrown, so that one run reports all of them. The `code` is
/// stable (tests, exceptions in the dataset and CI filters rely on it); the message may be reworded.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
  public var severity: Severity
  public var code: DiagnosticCode
  public var message: String
  public var location: SourceLocation?

  public init(_ severity: Severity, _ code: DiagnosticCode, _ message: String, at location: SourceLocation?) {
    self.severity = severity
    self.code = code
    self.message = message
    self.location = location
  }

  public static func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation?)
    -> Diagnostic
  {
    Diagnostic(.error, code, message, at: location)
  }

  public static func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation?)
    -> Diagnostic
  {
    Diagnostic(.warning, code, message, at: location)
  }

  /// The compiler-style form editors and CI annotate: `path:line:col: error: message [code]`.
  ///
  /// Always one line: control characters in a file name or message are escaped
  /// (``TerminalText``), so no input can forge a second diagnostic or drive the terminal.
  public var description: String {
    let prefix = location.map { "\(TerminalText.escaped($0.description)): " } ?? ""
    return "\(prefix)\(severity.rawValue): \(TerminalText.escaped(message)) [\(code.rawValue)]"
  }
}

extension Diagnostic: Comparable {
  /// Orders by file position first so that output is stable whatever order stages ran in.
  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    let left = lhs.location ?? SourceLocation(file: "", line: 0, column: 0)
    let right = rhs.location ?? SourceLocation(file: "", line: 0, column: 0)
    if left != right { return left < right }
    if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
    return lhs.message < rhs.message
  }
}
