import Dataset
import SiteTheme

/// How an owner is shown: a word and a glyph as well as the theme's colour, so the meaning survives
/// colour blindness, grayscale print and dark mode.
enum OwnerStyle {
  static func label(_ owner: Owner) -> String {
    switch owner {
    case .provider: "Provider"
    case .customer: "Customer"
    case .shared: "Shared"
    case .notApplicable: "Not applicable"
    }
  }

  static func glyph(_ owner: Owner) -> String {
    switch owner {
    case .provider: "▲"
    case .customer: "●"
    case .shared: "◐"
    case .notApplicable: "–"
    }
  }
}

extension OwnerStyle {
  /// A cell's confidence as the view models carry it.
  static func confidence(_ confidence: Confidence) -> OwnerCellView.Confidence {
    switch confidence {
    case .stated: .stated
    case .inferred: .inferred
    case .disputed: .disputed
    }
  }
}
