/// One YAML file of the dataset, already decoded as UTF-8 by the scan stage.
public struct DataFile: Hashable, Sendable {
  /// Relative to the site root, e.g. `Content/data/classes/container.yaml`.
  public var path: String
  public var text: String

  public init(path: String, text: String) {
    self.path = path
    self.text = text
  }
}
