import Diagnostics

/// A list of strings kept as one string and where each ends, for lists held for every page until
/// a build ends: the links the one-page view wrote in each section, a page's heading ids and link
/// destinations (``NumberedStrings``).
///
/// Twenty links of thirty bytes cost about 1.3 KB as twenty strings, each its own allocation, in a
/// list grown by appending; packed they cost the bytes and four per link.
public struct PackedStrings: Hashable, Sendable, RandomAccessCollection {
  private var text = ""
  /// The UTF-8 offset in `text` where each string ends.
  private var ends: [Int32] = []

  public init() {}

  public init(_ strings: some Collection<String>) {
    text.reserveCapacity(strings.reduce(0) { $0 + $1.utf8.count })
    ends.reserveCapacity(strings.count)
    for string in strings { append(string) }
  }

  public mutating func append(_ string: String) {
    text += string
    ends.append(Int32(clamping: text.utf8.count))
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { ends.count }

  /// Calls `body` with the UTF-8 bytes of the string at `position`, without making the string.
  public func withUTF8<Result>(at position: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    let start = position == 0 ? 0 : Int(ends[position - 1])
    return UTF8Bytes.withBytes(of: text) {
      body(UnsafeBufferPointer(rebasing: $0[start..<Int(ends[position])]))
    }
  }

  /// From the bytes: each string was whole UTF-8, so no index needs aligning to a character.
  public subscript(position: Int) -> String {
    withUTF8(at: position) { String(decoding: $0, as: UTF8.self) }
  }
}
