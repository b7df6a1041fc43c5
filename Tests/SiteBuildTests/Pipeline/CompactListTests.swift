import Markdown
import Testing

@testable import SiteBuild

/// The compact lists held for every page until a build ends read back exactly what went in.
@Suite struct CompactListTests {
  @Test func termWeightsAreSortedAndFoundByTerm() {
    let weights = TermWeights(["zone": 4, "access": 12, "énergie": 5, "a": 29, "b": 300])
    #expect(weights.map(\.term) == ["a", "access", "b", "zone", "énergie"])
    #expect(weights["access"] == 12)
    #expect(weights["énergie"] == 5)
    #expect(weights["b"] == 255, "a weight past one byte is clamped")
    #expect(weights["acces"] == nil)
    #expect(weights["zzz"] == nil)
    #expect(TermWeights()["a"] == nil)
    // Order in, repeats: the last weight holds; equal whatever order the terms came in.
    let pairs: [(term: String, weight: Int)] = [("b", 1), ("a", 2), ("b", 3)]
    #expect(TermWeights(pairs).map(\.weight) == [2, 3])
    #expect(TermWeights(["x": 1, "y": 2]) == TermWeights([(term: "y", weight: 2), (term: "x", weight: 1)]))
  }

  @Test func packedStringsReadBackEachString() {
    let strings = ["#page-a", "", "../section-45/page-09545.html#h", "é ü", ""]
    let packed = PackedStrings(strings)
    #expect(Array(packed) == strings)
    #expect(packed.count == 5)
    #expect(PackedStrings().isEmpty)
    #expect(
      PackedStrings(["ab", "c"]) != PackedStrings(["a", "bc"]), "where each ends is part of the value")
  }
}
