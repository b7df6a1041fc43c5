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
  public func text(_ format: ExportFormat) -> String {
    switch format {
    case .json: json.text
    case .schema: DatasetSchema.text
    case .csv: ResponsibilityCSV(dataset: dataset).text
    case .crm: ResponsibilityMatrixCSV(dataset: dataset).text
    case .oscal: oscal.componentDefinition.pretty
    case .catalog: oscal.catalog.pretty
    }
  }

  /// Every format, by output path, in `ExportFormat` order.
  public var files: [(path: String, text: String)] {
    ExportFormat.allCases.map { ($0.outputPath, text($0)) }
  }

  private var json: DatasetJSON { DatasetJSON(dataset: dataset, generator: generator) }

  /// The OSCAL documents' version names the content: a digest of the dataset's JSON, so it changes
  /// exactly when the data does.
  private var oscal: OSCALExport {
    let digest = SHA1.digest(Array(json.text.utf8)).prefix(6).map {
      ($0 < 16 ? "0" : "") + String($0, radix: 16)
    }
    return OSCALExport(dataset: dataset, title: title, version: "dataset-" + digest.joined())
  }
}
