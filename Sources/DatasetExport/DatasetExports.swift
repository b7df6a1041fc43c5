import Dataset

/// Every export of one dataset, as the build writes them into `data/`.
public struct DatasetExports {
  public var dataset: Dataset
  /// The output format version of this demarc (`demarc-output-6`), for the JSON's provenance.
  public var generator: String
  /// The site's title, which names the OSCAL documents.
  public var title: String

  public init(dataset: Dataset, generator: String, title: String) {
    self.dataset = dataset
    self.generator = generator
    self.title = title
  }

  /// One format's file.
  public func text(_ format: ExportFormat) -> String { text(format, json: json.text) }

  /// Every format, by output path, in `ExportFormat` order, with the JSON text made once.
  public var files: [(path: String, text: String)] {
    let jsonText = json.text
    return ExportFormat.allCases.map { ($0.outputPath, text($0, json: jsonText)) }
  }

  /// One format's file, given the dataset's JSON text (which also versions the OSCAL documents).
  private func text(_ format: ExportFormat, json jsonText: String) -> String {
    switch format {
    case .json: jsonText
    case .schema: DatasetSchema.text
    case .csv: ResponsibilityCSV(dataset: dataset).text
    case .crm: ResponsibilityMatrixCSV(dataset: dataset).text
    case .oscal: oscal(version: jsonText).componentDefinition.pretty
    case .catalog: oscal(version: jsonText).catalog.pretty
    }
  }

  private var json: DatasetJSON { DatasetJSON(dataset: dataset, generator: generator) }

  /// The OSCAL documents; their version names the content, a digest of the dataset's JSON, so it
  /// changes exactly when the data does.
  private func oscal(version jsonText: String) -> OSCALExport {
    let digest = SHA1.digest(Array(jsonText.utf8)).prefix(6).flatMap(SHA1.hexDigits(of:))
    return OSCALExport(
      dataset: dataset, title: title, version: "dataset-" + String(decoding: digest, as: UTF8.self))
  }
}
