import Testing

@testable import SiteBuild

/// The postings are gathered by the terms' first byte on several threads: for any thread count
/// they are the ones one plain pass over the pages makes, each list sorted by page, and so are the
/// index files made from them, whether the postings are kept (serve) or each part is written and
/// let go (a one-off build).
@Suite struct SearchPostingsTests {
  /// Pages sharing some terms, each page with terms of its own, some not ASCII.
  static let entries: [SearchIndexBuilder.PageEntry] = (0..<23).map { page in
    let shared = ["cloud", "shared", "model", "encryption", "énergie", "0day"].enumerated().filter {
      page % ($0.offset + 2) == 0
    }
    let terms = shared.map { ($0.element, $0.offset + 1) } + [("page\(page)", 12), ("c\(page)", 4)]
    return .init(record: "[\"Page \(page)\"]", terms: TermWeights(terms))
  }

  /// What one pass over the pages in order makes, page by page and term by term.
  static func onePass(_ entries: [SearchIndexBuilder.PageEntry]) -> [String: [String: [[Int]]]] {
    var postings: [String: [String: [[Int]]]] = [:]
    for (page, entry) in entries.enumerated() {
      for (term, weight) in entry.terms {
        postings[SearchTerms.shard(of: term), default: [:]][term, default: []].append([page, weight])
      }
    }
    return postings
  }

  @Test(arguments: [1, 2, 3, 7])
  func partsJoinIntoOnePassesPostings(jobs: Int) throws {
    let joined = SearchIndexBuilder.postings(Self.entries, jobs: jobs)
    let plain = joined.mapValues { $0.mapValues { $0.map { [Int($0.page), Int($0.weight)] } } }
    #expect(plain == Self.onePass(Self.entries))
    let cloud = try #require(joined["cl"]?["cloud"])
    #expect(cloud.map(\.page) == [0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22])
    #expect(
      joined["c1"]?.keys.sorted() == [
        "c1", "c10", "c11", "c12", "c13", "c14", "c15", "c16", "c17", "c18", "c19",
      ])
    #expect(joined["xc3a96e"]?["énergie"]?.count == 4)
    let files = SearchIndexBuilder.files(Self.entries, jobs: jobs)
    #expect(files.map(\.bytes) == SearchIndexBuilder.files(Self.entries).map(\.bytes))
    #expect(
      files.map(\.bytes) == SearchIndexBuilder.files(Self.entries, postings: joined, jobs: jobs).map(\.bytes),
      "kept postings write the files a one-off build writes part by part")
    #expect(files.count == joined.count + 1 + (Self.entries.count + 31) / 32)
  }

  @Test func partsCoverEveryFirstByteOnceInOrder() throws {
    let parts = SearchIndexBuilder.parts(of: Self.entries)
    #expect(parts.count > 1 && parts.count <= SearchIndexBuilder.termParts)
    #expect(zip(parts, parts.dropFirst()).allSatisfy { $0.upperBound < $1.lowerBound })
    let firsts = Set(Self.entries.flatMap { entry in entry.terms.map { $0.term.utf8.first ?? 0 } })
    #expect(
      firsts == [
        UInt8(ascii: "0"), UInt8(ascii: "c"), UInt8(ascii: "e"), UInt8(ascii: "m"), UInt8(ascii: "p"),
        UInt8(ascii: "s"), 0xC3,
      ])
    for first in firsts { #expect(parts.filter { $0.contains(first) }.count == 1) }
    // Each part holds about its share: no part has more than half the terms here.
    let total = Self.entries.reduce(0) { $0 + $1.terms.count }
    for part in parts {
      let held = Self.entries.reduce(0) { $0 + $1.terms.positions(startingIn: part).count }
      #expect(held > 0 && held * 2 <= total)
    }
    #expect(SearchIndexBuilder.parts(of: []) == [])
    let one = SearchIndexBuilder.PageEntry(record: "[]", terms: TermWeights(["zeta": 1, "zone": 2]))
    #expect(SearchIndexBuilder.parts(of: [one]) == [UInt8(ascii: "z")...UInt8(ascii: "z")])
  }

  @Test func base36IsTheStandardLibrarys() {
    let values = Array(-40...1_400) + [35, 36, 1_295, 1_296, 46_655, 46_656, Int.max, Int.min, Int.min + 1]
    for value in values { #expect(SearchTerms.base36(value) == String(value, radix: 36)) }
    #expect(
      SearchIndexBuilder.encoded([(page: 0, weight: 12), (page: 37, weight: 40), (page: 38, weight: 1)])
        == "0c,11z,11")
  }
}
