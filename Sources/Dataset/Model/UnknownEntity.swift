import Diagnostics

/// A reference to an entity the dataset does not have, with the nearest id of the same kind: the
/// one "no service has the id 'x'; did you mean 'y'?" message, whoever reports it.
public struct UnknownEntity: Error, Hashable, Sendable {
  public var reference: EntityReference
  public var suggestion: String?

  public var message: String {
    "no \(reference.kind.rawValue) has the id '\(reference.id)'\(Suggestion.hint(suggestion))"
  }

  /// The message as a diagnostic at `location`; `context` names where the reference was written
  /// (`about:`), when the message alone would not say.
  public func diagnostic(
    _ code: DiagnosticCode, at location: SourceLocation, severity: Severity = .error, context: String? = nil
  ) -> Diagnostic {
    Diagnostic(severity, code, (context.map { $0 + " " } ?? "") + message, at: location)
  }
}
