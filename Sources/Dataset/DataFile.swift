/// One file of the dataset (YAML, or the one-document JSON form), decoded from UTF-8 by the load
/// stage before the loader reads it.
public struct DataFile: Hashable, Sendable {
  /// Relative to the site root, e.g. `Content/data/classes/container.yaml`.
  public var path: String
  public var text: String

  public init(path: String, text: String) {
    self.path = path
    self.text = text
  }
}
