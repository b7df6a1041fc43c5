import Testing

@testable import SiteBuild

/// The counter weighs each term as the index always has: the body counts up to 5, a heading adds
/// 4, the keywords 8 and the title 12, each once; the terms come out sorted by bytes.
@Suite struct TermCounterTests {
  /// The weights from plain dictionaries of strings, as the index counted them before the counter.
  static func reference(body: [String], headings: [String], keywords: String, title: String) -> [String: Int]
  {
    var counts: [String: Int] = [:]
    for text in body { SearchTerms.forEach(in: text) { counts[$0, default: 0] += 1 } }
    var weights = counts.mapValues { min(5, $0) }
    for (texts, weight) in [(headings, 4), ([keywords], 8), ([title], 12)] {
      var terms: Set<String> = []
      for text in texts { SearchTerms.forEach(in: text) { terms.insert($0) } }
      for term in terms { weights[term, default: 0] += weight }
    }
    return weights
  }

  static func counted(body: [String], headings: [String], keywords: String, title: String) -> TermWeights {
    var counter = TermCounter()
    for text in body { counter.add(text, in: .body) }
    for text in headings { counter.add(text, in: .heading) }
    counter.add(keywords, in: .keyword)
    counter.add(title, in: .title)
    return counter.weights()
  }

  @Test func weighsAsTheIndexAlwaysHas() {
    let body = [
      "Encryption at rest: encryption, ENCRYPTION, encryption; encryption and encryption again.",
      "Le chiffrement protège l'énergie; ÉNERGIE énergie. Ünïcödé Straße x y",
      "Shared shared responsibility model, PaaS and IaaS.",
    ]
    let headings = ["Shared model", "Energy and énergie"]
    let (keywords, title) = ("paas platform-as-a-service", "The Shared Responsibility Model")
    let weights = Self.counted(body: body, headings: headings, keywords: keywords, title: title)
    let expected = Self.reference(body: body, headings: headings, keywords: keywords, title: title)
    #expect(Dictionary(uniqueKeysWithValues: weights.map { ($0.term, $0.weight) }) == expected)
    #expect(weights == TermWeights(expected), "sorted by bytes as TermWeights sorts them")
    #expect(weights["encryption"] == 5, "six in the body count five")
    #expect(weights["shared"] == 2 + 4 + 12)
    #expect(weights["paas"] == 1 + 8)
    #expect(weights["énergie"] == 3 + 4)
    #expect(weights["x"] == nil, "one letter is no term")
  }

  /// Terms that share their first eight bytes or are prefixes of one another sort by all their
  /// bytes, then by length, as the reference sorts them.
  @Test func sortsTermsThatShareLongPrefixes() {
    let body = [
      "responsibility responsible responsibilities responsi responsib respons",
      "abcdefgh abcdefghi abcdefgha abcdefg abcdefgz abcdefghz überschall überschallknall über",
      "configuration configurations configure configured config conf 12345678 123456789 1234567",
    ]
    let weights = Self.counted(body: body, headings: [], keywords: "", title: "")
    #expect(weights == TermWeights(Self.reference(body: body, headings: [], keywords: "", title: "")))
    #expect(weights.map(\.term).prefix(3) == ["1234567", "12345678", "123456789"])
  }

  @Test func keepsEveryTermPastTheFirstTable() {
    // Far more terms than the first table's 256 slots hold at half load.
    let body = (0..<3_000).map { "term\($0) word\($0 % 97) word\($0 % 97)" }
    let weights = Self.counted(body: body, headings: [], keywords: "", title: "")
    let expected = Self.reference(body: body, headings: [], keywords: "", title: "")
    #expect(weights.count == 3_097)
    #expect(weights == TermWeights(expected))
    #expect(TermCounter().weights().isEmpty)
  }

  /// The tokenizer as it was written on a byte array and a nested flush, kept as the reference the
  /// one over the text's own bytes must match.
  static func referenceTerms(in text: String) -> [String] {
    var terms: [String] = []
    var token: [UInt8] = []
    var wide = false
    func flush() {
      defer { (token, wide) = ([], false) }
      guard !token.isEmpty else { return }
      let run = String(decoding: token, as: UTF8.self)
      guard wide else {
        if token.count >= 2 && token.count <= 40 { terms.append(run) }
        return
      }
      let isWord: (Character) -> Bool = {
        $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil }
      }
      for part in run.lowercased().split(whereSeparator: { !isWord($0) })
      where (2...40).contains(part.unicodeScalars.count) {
        terms.append(String(part))
      }
    }
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): token.append(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): token.append(byte | 0x20)
      case 0x80...:
        token.append(byte)
        wide = true
      default: flush()
      }
    }
    flush()
    return terms
  }

  @Test func termsAreTheReferenceTokenizers() {
    let pieces = [
      "Shared", "RESPONSIBILITY", "model", "a", "IaaS", "PaaS-ready", "x", "énergie", "ÉNERGIE", "Straße",
      "İstanbul",
      "ΣΟΦΟΣ", "日本語", "e\u{301}cole", "😀emoji", "v2", "2024", "under_score", "dot.ted", "tab\t", "\n",
      String(repeating: "long", count: 12), String(repeating: "Ab", count: 20),
      String(repeating: "é", count: 41), "", " ",
    ]
    // Seeded, so the mixed texts are the same on every run.
    var generator = IncrementalRebuildTests.Generator(state: 0x5EED)
    var texts = pieces
    for _ in 0..<300 {
      texts.append(
        (0..<Int.random(in: 1...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }
          .joined(separator: [" ", "", "-", ", ", "\n"].randomElement(using: &generator)!))
    }
    for text in texts {
      #expect(SearchTermsProbe.terms(in: text) == Self.referenceTerms(in: text), "\(text.debugDescription)")
    }
  }
}
