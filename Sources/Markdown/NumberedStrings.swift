/// Strings by number, such as a page's heading ids by heading and its new link destinations by
/// link (``HTMLRenderer/Rewrites``), kept in number order as ``PackedStrings``.
///
/// Every page's rewrites are held from the link stage until the build ends. As dictionaries of
/// strings, twenty links took about 2 KB (the buckets, then a separate allocation for each
/// string longer than fifteen bytes, which every relative path is); packed they take the bytes and
/// eight more per string.
public struct NumberedStrings: Hashable, Sendable, ExpressibleByDictionaryLiteral {
  /// Increasing.
  private var numbers: [Int32] = []
  /// The string of each of `numbers`.
  private var strings = PackedStrings()

  public init() {}

  public init(_ values: [Int: String]) {
    self.init(values.map { ($0.key, $0.value) })
  }

  /// The strings of `pairs`, sized to fit; when a number repeats, the last string holds.
  public init(_ pairs: some Collection<(Int, String)>) {
    var sorted = Array(pairs)
    if !zip(sorted, sorted.dropFirst()).allSatisfy({ $0.0 <= $1.0 }) {
      // By number, then by place, so the last of a repeated number stays last.
      sorted = sorted.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(
        \.element)
    }
    var kept: [(Int, String)] = []
    kept.reserveCapacity(sorted.count)
    for pair in sorted {
      if kept.last?.0 == pair.0 { kept[kept.count - 1] = pair } else { kept.append(pair) }
    }
    numbers = kept.map { Int32(clamping: $0.0) }
    strings = PackedStrings(kept.map(\.1))
  }

  public init(dictionaryLiteral elements: (Int, String)...) { self.init(elements) }

  public var count: Int { numbers.count }
  public var isEmpty: Bool { numbers.isEmpty }

  /// The number at `position` (0 ..< ``count``), in increasing order.
  public func number(at position: Int) -> Int { Int(numbers[position]) }

  /// Calls `body` with the UTF-8 bytes of the string at `position`, without making the string.
  public func withUTF8<Result>(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    strings.withUTF8(at: position, body)
  }

  /// The numbers that have a string, increasing.
  public var keys: [Int] { numbers.map { Int($0) } }

  /// The strings, in number order.
  public var values: [String] { Array(strings) }

  /// The string for `number`, or nil. Setting one past the last number appends; any other change
  /// repacks.
  public subscript(number: Int) -> String? {
    get { position(of: number).map { strings[$0] } }
    set {
      if let newValue, numbers.last.map({ Int($0) < number }) ?? true {
        append(number, newValue)
        return
      }
      var all = Dictionary(uniqueKeysWithValues: zip(keys, values))
      all[number] = newValue
      self = NumberedStrings(all)
    }
  }

  private mutating func append(_ number: Int, _ value: String) {
    numbers.append(Int32(clamping: number))
    strings.append(value)
  }

  private func position(of number: Int) -> Int? {
    var low = 0
    var high = numbers.count
    while low < high {
      let middle = (low + high) / 2
      let candidate = Int(numbers[middle])
      if candidate == number { return middle }
      if candidate < number { low = middle + 1 } else { high = middle }
    }
    return nil
  }
}
