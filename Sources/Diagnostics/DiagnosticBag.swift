/// Collects diagnostics as a stage runs; stages take it `inout` and never throw for content problems.
public struct DiagnosticBag: Sendable {
  public private(set) var diagnostics: [Diagnostic] = []

  public init() {}

  public mutating func append(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

  public mutating func append(contentsOf other: some Sequence<Diagnostic>) {
    diagnostics.append(contentsOf: other)
  }

  public mutating func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation?) {
    append(.error(code, message, at: location))
  }

  public mutating func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation?) {
    append(.warning(code, message, at: location))
  }

  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  public var errorCount: Int { diagnostics.count { $0.severity == .error } }

  public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

  /// Sorted and deduplicated: the order a user reads, identical across runs and thread counts.
  public var sorted: [Diagnostic] { Array(Set(diagnostics)).sorted() }
}
