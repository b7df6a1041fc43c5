/// A list of strings kept as one string and where each ends, for lists held for every page until
/// the build ends, such as the links the one-page view wrote in each section (``PatchLedger``).
///
/// Twenty links of thirty bytes cost about 1.3 KB as twenty strings, each its own allocation, in a
/// list grown by appending; packed they cost the bytes and four per link.
struct PackedStrings: Hashable, Sendable, RandomAccessCollection {
  private var text: String
  /// The UTF-8 offset in `text` where each string ends.
  private var ends: [Int32]

  init() {
    text = ""
    ends = []
  }

  init(_ strings: some Collection<String>) {
    var text = ""
    text.reserveCapacity(strings.reduce(0) { $0 + $1.utf8.count })
    var ends: [Int32] = []
    ends.reserveCapacity(strings.count)
    for string in strings {
      text += string
      ends.append(Int32(clamping: text.utf8.count))
    }
    self.text = text
    self.ends = ends
  }

  var startIndex: Int { 0 }
  var endIndex: Int { ends.count }

  subscript(position: Int) -> String {
    let utf8 = text.utf8
    let start = position == 0 ? 0 : Int(ends[position - 1])
    let from = utf8.index(utf8.startIndex, offsetBy: start)
    let to = utf8.index(from, offsetBy: Int(ends[position]) - start)
    return String(text[from..<to])
  }
}
