/// How diagnostics are printed: for people, for programs, or for a CI system.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
  /// `path:line:col: severity: message [code]`, one per line, on standard error.
  case text
  /// One JSON document on standard output: `{"diagnostics": [...], "errors": N, "warnings": N}`.
  case json
  /// SARIF 2.1.0 on standard output, for code-scanning dashboards.
  case sarif
  /// GitHub Actions workflow commands (`::error file=…,line=…,col=…::message`) on standard output.
  case github
}
