/// A page's search terms, each with its weight on the page, sorted by term.
///
/// Every page's terms are held from the moment its search entry is made until the index is
/// written, and a build that keeps a ledger keeps them beyond (``PatchLedger``). Kept as a
/// dictionary, a page's hundred-odd terms took about 3.6 KB (its buckets are mostly empty room);
/// as two lists sized to fit they take a third of that, which at 10,000 pages is a sixth of the
/// build's peak memory.
struct TermWeights: Hashable, Sendable, RandomAccessCollection {
  /// Sorted by UTF-8 bytes, without repeats.
  private var terms: [String]
  /// The weight of each of `terms`; at most 29 (``SearchIndexBuilder``), so one byte.
  private var weights: [UInt8]

  init() {
    terms = []
    weights = []
  }

  /// The terms of `weights`, each weight clamped to 0...255.
  init(_ weights: [String: Int]) {
    self.init(weights.map { (term: $0.key, weight: $0.value) })
  }

  /// Terms and weights in any order; when a term repeats, the last weight holds.
  init(_ pairs: some Collection<(term: String, weight: Int)>) {
    var sorted = Array(pairs)
    sorted.sort { $0.term.utf8.lexicographicallyPrecedes($1.term.utf8) }
    var terms: [String] = []
    var weights: [UInt8] = []
    terms.reserveCapacity(sorted.count)
    weights.reserveCapacity(sorted.count)
    for pair in sorted {
      let weight = UInt8(clamping: pair.weight)
      if let last = terms.last, last.utf8.elementsEqual(pair.term.utf8) {
        weights[weights.count - 1] = weight
      } else {
        terms.append(pair.term)
        weights.append(weight)
      }
    }
    self.terms = terms
    self.weights = weights
  }

  var startIndex: Int { 0 }
  var endIndex: Int { terms.count }

  subscript(position: Int) -> (term: String, weight: Int) {
    (terms[position], Int(weights[position]))
  }

  /// The weight of `term` on the page, or nil when the page does not have it.
  subscript(term: String) -> Int? {
    var low = 0
    var high = terms.count
    while low < high {
      let middle = (low + high) / 2
      let candidate = terms[middle].utf8
      if candidate.elementsEqual(term.utf8) { return Int(weights[middle]) }
      if candidate.lexicographicallyPrecedes(term.utf8) { low = middle + 1 } else { high = middle }
    }
    return nil
  }
}
