import Dataset

/// Which rows a table shows.
public enum RowSelection: String, Hashable, Sendable, CaseIterable {
  case layers
  case controls
  case all

  func targets(in dataset: Dataset) -> [CellTarget] {
    switch self {
    case .layers: dataset.layers.map { .layer($0.id.value) }
    case .controls: dataset.controls.map { .control($0.id.value) }
    case .all: dataset.targets
    }
  }
}
