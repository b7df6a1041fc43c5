/// One file read by the scan stage: its bytes, not yet decoded, so that decoding problems become
/// diagnostics of the load stage with a position.
public struct SourceFile: Hashable, Sendable {
  /// Relative to the site root with `/` separators, e.g. `Content/guide/intro.md`.
  public var path: String
  public var bytes: [UInt8]

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }
}
