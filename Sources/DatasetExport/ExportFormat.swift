import Dataset

/// The dataset's export formats: what `demarc export --format` names, the file each becomes in
/// the build output's `data/` folder, and the line the Downloads page says about it. The one
/// place those names are decided.
public enum ExportFormat: String, CaseIterable, Sendable {
  case json
  case schema
  case csv
  case crm
  case oscal
  case catalog

  /// The folder of the build output that holds the exports.
  public static let folder = "data"

  public var fileName: String {
    switch self {
    case .json: DatasetJSON.fileName
    case .schema: DatasetSchema.fileName
    case .csv: ResponsibilityCSV.fileName
    case .crm: ResponsibilityMatrixCSV.fileName
    case .oscal: OSCALExport.componentsFileName
    case .catalog: OSCALExport.catalogFileName
    }
  }

  /// The path in the build output (`data/demarc-dataset.json`).
  public var outputPath: String { Self.folder + "/" + fileName }

  public var title: String {
    switch self {
    case .json: "The whole dataset (JSON)"
    case .schema: "JSON Schema of the dataset file"
    case .csv: "Responsibility matrix (CSV)"
    case .crm: "Customer responsibility matrix (CSV, FedRAMP-style)"
    case .oscal: "OSCAL component definition"
    case .catalog: "OSCAL catalog of layers and controls"
    }
  }

  public var summary: String {
    switch self {
    case .json:
      "Every layer, class, control, service, source and dispute, with every cell and citation. demarc reads it back in place of the YAML files."
    case .schema: "Draft 2020-12; validates the JSON file above."
    case .csv:
      "One row per class or service against each layer and control: owner, both parties' notes, confidence, disputes and sources."
    case .crm:
      "One row per control and service: whether it can be inherited from the provider, what is inherited and what the customer must do."
    case .oscal:
      "OSCAL 1.1 with one component per service, responsible roles, and provided, inherited and satisfied statements."
    case .catalog: "The layers and controls that the component definition's requirements refer to."
    }
  }
}
