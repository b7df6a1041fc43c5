import Foundation

/// A page's search terms counted on their UTF-8 bytes, and weighed by where they showed: the title
/// 12, the entity's aliases and ids 8, a heading 4, the body at most 5 however often a term
/// repeats, so at most 29 (one base-36 digit).
///
/// Counting a page's terms in dictionaries keyed by `String` made a string and two SipHash passes
/// for every word of every page, a tenth of a build. Here a term's bytes are hashed in place and
/// kept only the first time they show, in one buffer for the page, and the weights come out
/// sorted by bytes as ``TermWeights`` keeps them, with no string made for an ASCII term.
struct TermCounter {
  /// Where a page's text shows, each with what it adds to a term's weight.
  enum Place {
    case body, heading, keyword, title
  }

  private struct Term {
    var start: Int32
    var length: Int32
    var hash: UInt32
    /// How often the term showed in the body, up to the most the body may add.
    var bodyCount: UInt8 = 0
    /// Whether it showed in a heading, the keywords or the title (the bits of ``Place``).
    var places: UInt8 = 0
  }

  static let bodyMost: UInt8 = 5
  private static let headingWeight = 4
  private static let keywordWeight = 8
  private static let titleWeight = 12

  private var bytes: [UInt8] = []
  private var terms: [Term] = []
  /// Open addressing: each slot holds a term's number plus one, or 0 when empty.
  private var slots = [Int32](repeating: 0, count: 256)

  init() {
    bytes.reserveCapacity(2_048)
    terms.reserveCapacity(128)
  }

  /// Counts each term of `text` as showing in `place`.
  mutating func add(_ text: String, in place: Place) {
    SearchTerms.forEachTerm(in: text) { add(term: $0, in: place) }
  }

  /// The terms with their weights, sorted by bytes.
  func weights() -> TermWeights {
    bytes.withUnsafeBufferPointer { all in
      // Each term's first eight bytes as one number (zeros after a shorter term), so most
      // comparisons of the sort are one integer compare. Equal numbers mean equal first bytes up
      // to the shorter length (or eight): the rest of the bytes, then the lengths, decide.
      let keys = terms.map { term in
        var key: UInt64 = 0
        for offset in 0..<8 {
          key <<= 8
          if offset < Int(term.length) { key |= UInt64(all[Int(term.start) + offset]) }
        }
        return key
      }
      let order = terms.indices.sorted { left, right in
        guard keys[left] == keys[right] else { return keys[left] < keys[right] }
        let (a, b) = (terms[left], terms[right])
        let common = Int(min(a.length, b.length))
        if common > 8 {
          let compared = memcmp(
            all.baseAddress! + Int(a.start) + 8, all.baseAddress! + Int(b.start) + 8, common - 8)
          if compared != 0 { return compared < 0 }
        }
        return a.length < b.length
      }
      var sorted: [UInt8] = []
      var ends: [UInt32] = []
      var weights: [UInt8] = []
      sorted.reserveCapacity(bytes.count)
      ends.reserveCapacity(terms.count)
      weights.reserveCapacity(terms.count)
      for index in order {
        let term = terms[index]
        sorted.append(contentsOf: all[Int(term.start)..<Int(term.start + term.length)])
        ends.append(UInt32(sorted.count))
        weights.append(UInt8(clamping: Self.weight(of: term)))
      }
      return TermWeights(sortedBytes: sorted, ends: ends, weights: weights)
    }
  }

  private static func weight(of term: Term) -> Int {
    var weight = Int(term.bodyCount)
    if term.places & bit(.heading) != 0 { weight += headingWeight }
    if term.places & bit(.keyword) != 0 { weight += keywordWeight }
    if term.places & bit(.title) != 0 { weight += titleWeight }
    return weight
  }

  private static func bit(_ place: Place) -> UInt8 {
    switch place {
    case .body: 0
    case .heading: 1
    case .keyword: 2
    case .title: 4
    }
  }

  private mutating func add(term: UnsafeBufferPointer<UInt8>, in place: Place) {
    // FNV-1a, 32 bits: a page holds a few hundred terms, and the table stays at most half full.
    var hash: UInt32 = 2_166_136_261
    for byte in term { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    let mask = slots.count - 1
    var slot = Int(hash) & mask
    while slots[slot] != 0 {
      let index = Int(slots[slot] - 1)
      if terms[index].hash == hash, matches(terms[index], term) {
        Self.count(&terms[index], in: place)
        return
      }
      slot = (slot + 1) & mask
    }
    var new = Term(start: Int32(bytes.count), length: Int32(term.count), hash: hash)
    bytes.append(contentsOf: term)
    Self.count(&new, in: place)
    terms.append(new)
    slots[slot] = Int32(terms.count)
    if terms.count * 2 > slots.count { grow() }
  }

  private func matches(_ kept: Term, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
    guard Int(kept.length) == term.count else { return false }
    return bytes.withUnsafeBufferPointer { all in
      memcmp(all.baseAddress! + Int(kept.start), term.baseAddress!, term.count) == 0
    }
  }

  private static func count(_ term: inout Term, in place: Place) {
    if place == .body {
      if term.bodyCount < bodyMost { term.bodyCount += 1 }
    } else {
      term.places |= bit(place)
    }
  }

  private mutating func grow() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    let mask = slots.count - 1
    for (index, term) in terms.enumerated() {
      var slot = Int(term.hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(index + 1)
    }
  }
}
