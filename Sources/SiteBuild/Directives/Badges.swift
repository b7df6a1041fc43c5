import Dataset
import Markdown

/// The `inferred` and `disputed` badges, in words.
enum Badges {
  static func html(for confidence: Confidence) -> String {
    switch confidence {
    case .stated: ""
    case .inferred: " <span class=\"badge badge-inferred\">inferred</span>"
    case .disputed: " <span class=\"badge badge-disputed\">disputed</span>"
    }
  }
}
