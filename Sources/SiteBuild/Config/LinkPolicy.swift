import Diagnostics

/// How broken links and anchors are reported: errors by default; `warn` lets a first import of an
/// existing tree build and show what to fix (`links: warn` in demarc.yaml, or `--links warn`).
public enum LinkPolicy: String, Sendable, Hashable, CaseIterable {
  case error
  case warn

  var severity: Severity { self == .error ? .error : .warning }
}
