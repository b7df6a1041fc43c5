import Dataset
import Diagnostics
import Foundation

/// The shipped handbook's dataset, read once from `Content/data/` for every test that needs a
/// real, large dataset; a test fails if it does not load cleanly, so none can pass on an empty one.
enum ShippedDataset {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static let loaded: (dataset: Dataset, diagnostics: [Diagnostic]) = {
    let folder = repository.appendingPathComponent("Content/data")
    var files: [DataFile] = []
    let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    while let url = walker?.nextObject() as? URL {
      guard url.pathExtension == "yaml" else { continue }
      let relative = String(url.path.dropFirst(repository.path.count + 1))
      files.append(DataFile(path: relative, text: (try? String(contentsOf: url, encoding: .utf8)) ?? ""))
    }
    let (dataset, diagnostics) = DatasetLoader.load(files, dataDirectory: "Content/data")
    return (dataset, diagnostics + DatasetValidator.validate(dataset))
  }()

  static var dataset: Dataset { loaded.dataset }
}
