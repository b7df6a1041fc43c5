import Diagnostics

/// A security tool or service that controls point to (IAM, CloudTrail...), not a classified service.
public struct Tool: Hashable, Sendable {
  public var id: Located<String>
  public var name: Located<String>
  public var summary: Located<String>?
  public var url: String?
  public var citations: [Citation]
}
