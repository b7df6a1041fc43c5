@testable import SiteBuild

/// The index's own term rules, for tests that read the index back.
enum SearchTermsProbe {
  static func shard(of term: String) -> String { SearchTerms.shard(of: term) }

  static func terms(in text: String) -> [String] {
    var found: [String] = []
    SearchTerms.forEach(in: text) { found.append($0) }
    return found
  }
}
