import Testing

@testable import SiteBuild

/// The postings are gathered in runs of pages on several threads and joined in run order: for any
/// run length and thread count they are the ones one pass over the pages makes, each list sorted
/// by page, and so are the index files made from them.
@Suite struct SearchPostingsTests {
  /// Pages sharing some terms, each page with terms of its own.
  static let entries: [SearchIndexBuilder.PageEntry] = (0..<23).map { page in
    let shared = ["cloud", "shared", "model", "encryption"].enumerated().filter {
      page % ($0.offset + 2) == 0
    }
    let terms = shared.map { ($0.element, $0.offset + 1) } + [("page\(page)", 12)]
    return .init(record: "[\"Page \(page)\"]", terms: TermWeights(terms))
  }

  @Test(arguments: [(1, 2_048), (2, 1), (3, 4), (7, 5)])
  func runsJoinIntoOnePassesPostings(jobs: Int, run: Int) throws {
    let one = SearchIndexBuilder.postings(Self.entries)
    let joined = SearchIndexBuilder.postings(Self.entries, jobs: jobs, run: run)
    func plain(_ postings: SearchIndexBuilder.Postings) -> [String: [String: [[Int]]]] {
      postings.mapValues { $0.mapValues { $0.map { [Int($0.page), Int($0.weight)] } } }
    }
    #expect(plain(joined) == plain(one))
    let cloud = try #require(joined["cl"]?["cloud"])
    #expect(cloud.map(\.page) == [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22])
    #expect(joined.values.allSatisfy { $0.values.allSatisfy { $0.map(\.page) == $0.map(\.page).sorted() } })
    let files = SearchIndexBuilder.files(Self.entries, jobs: jobs)
    #expect(files.map(\.bytes) == SearchIndexBuilder.files(Self.entries).map(\.bytes))
    #expect(files.count > 3)
  }
}
