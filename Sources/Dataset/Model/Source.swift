import Diagnostics

/// A bibliography entry.
public struct Source: Hashable, Sendable {
  public var id: Located<String>
  public var title: Located<String>
  /// Who wrote or published it: "Amazon Web Services", or a description of an unnamed author.
  public var publisher: String?
  public var kind: SourceKind?
  public var url: String?
  public var via: String?
  public var retrieved: Located<String>?
  public var reliability: Reliability?
  /// Number of lines in the stored copy, so line citations can be range-checked.
  public var lines: Int?
  public var notes: String?
}
