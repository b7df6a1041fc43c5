/// A page's search terms, each with its weight on the page, sorted by term.
///
/// Every page's terms are held from the moment its search entry is made until the index is
/// written, and a build that keeps a ledger keeps them beyond (``PatchLedger``). Kept as a
/// dictionary, a page's hundred-odd terms took about 3.6 KB (its buckets are mostly empty room);
/// as a list of strings about 17 bytes a term. Packed, a term costs its bytes and five more: at
/// 10,000 pages the lists were the largest single part of the build's peak memory.
struct TermWeights: Hashable, Sendable, RandomAccessCollection {
  /// The terms' UTF-8 bytes one after another, sorted by bytes, without repeats.
  private var bytes: [UInt8]
  /// Where each term ends in `bytes`.
  private var ends: [UInt32]
  /// The weight of each term; at most 29 (``SearchIndexBuilder``), so one byte.
  private var weights: [UInt8]

  init() {
    bytes = []
    ends = []
    weights = []
  }

  /// The terms of `weights`, each weight clamped to 0...255.
  init(_ weights: [String: Int]) {
    self.init(weights.map { (term: $0.key, weight: $0.value) })
  }

  /// Terms and weights in any order; when a term repeats, the last weight holds. An empty string
  /// is no term, and is left out.
  init(_ pairs: some Collection<(term: String, weight: Int)>) {
    var sorted = Array(pairs)
    sorted.sort { $0.term.utf8.lexicographicallyPrecedes($1.term.utf8) }
    var bytes: [UInt8] = []
    var ends: [UInt32] = []
    var weights: [UInt8] = []
    bytes.reserveCapacity(sorted.reduce(0) { $0 + $1.term.utf8.count })
    ends.reserveCapacity(sorted.count)
    weights.reserveCapacity(sorted.count)
    var last: String?
    for pair in sorted where !pair.term.isEmpty {
      let weight = UInt8(clamping: pair.weight)
      if let last, last.utf8.elementsEqual(pair.term.utf8) {
        weights[weights.count - 1] = weight
        continue
      }
      bytes.append(contentsOf: pair.term.utf8)
      ends.append(UInt32(bytes.count))
      weights.append(weight)
      last = pair.term
    }
    self.bytes = bytes
    self.ends = ends
    self.weights = weights
  }

  /// Terms already sorted by bytes without repeats (``TermCounter``): their bytes one after
  /// another, where each ends, and each one's weight.
  init(sortedBytes: [UInt8], ends: [UInt32], weights: [UInt8]) {
    precondition(ends.count == weights.count && Int(ends.last ?? 0) == sortedBytes.count)
    bytes = sortedBytes
    self.ends = ends
    self.weights = weights
  }

  var startIndex: Int { 0 }
  var endIndex: Int { ends.count }

  subscript(position: Int) -> (term: String, weight: Int) {
    (String(decoding: bytes(at: position), as: UTF8.self), weight(at: position))
  }

  /// The weight of `term` on the page, or nil when the page does not have it.
  subscript(term: String) -> Int? {
    let term = Array(term.utf8)
    var low = 0
    var high = ends.count
    while low < high {
      let middle = (low + high) / 2
      let candidate = bytes(at: middle)
      if candidate.elementsEqual(term) { return Int(weights[middle]) }
      if candidate.lexicographicallyPrecedes(term) { low = middle + 1 } else { high = middle }
    }
    return nil
  }

  /// The positions of the terms whose first byte is in `firsts`: a run, since terms sort by bytes.
  func positions(startingIn firsts: ClosedRange<UInt8>) -> Range<Int> {
    func firstAtOrAfter(_ byte: Int) -> Int {
      var low = 0
      var high = ends.count
      while low < high {
        let middle = (low + high) / 2
        if Int(bytes[start(of: middle)]) < byte { low = middle + 1 } else { high = middle }
      }
      return low
    }
    return firstAtOrAfter(Int(firsts.lowerBound))..<firstAtOrAfter(Int(firsts.upperBound) + 1)
  }

  /// The weight of the term at `position`.
  func weight(at position: Int) -> Int { Int(weights[position]) }

  /// The first byte of the term at `position` (a term is never empty).
  func firstByte(at position: Int) -> UInt8 { bytes[start(of: position)] }

  private func start(of position: Int) -> Int { position == 0 ? 0 : Int(ends[position - 1]) }

  /// The UTF-8 bytes of the term at `position`, without making the string.
  func bytes(at position: Int) -> ArraySlice<UInt8> { bytes[start(of: position)..<Int(ends[position])] }
}
