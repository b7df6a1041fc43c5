/// The ledger's field encoding: a field is one line's tab-separated part, a list's items are
/// separated by `|` and a pair's halves by `=`, so those bytes (and `%`, line ends) are written as
/// `%XX`. Work on UTF-8 bytes: a ledger of 10,000 pages is read on every patched build.
enum LedgerText {
  /// Whether a byte is written as `%XX`: a switch, not a set, as it is asked for every byte.
  @inline(__always)
  private static func isSpecial(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "%"), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "|"),
      UInt8(ascii: "="):
      true
    default: false
    }
  }
  private static let hexDigits = Array("0123456789ABCDEF".utf8)

  /// Appends a number's decimal digits to `out`, without making a string of them.
  static func appendNumber(_ number: Int, to out: inout [UInt8]) {
    guard number >= 0 else {
      out += String(number).utf8
      return
    }
    if number >= 10 { appendNumber(number / 10, to: &out) }
    out.append(UInt8(ascii: "0") + UInt8(number % 10))
  }

  /// Appends `bytes` escaped to `out`; bytes that need no escape (most fields) are copied whole.
  static func appendEscaped<Bytes: Collection<UInt8>>(_ bytes: Bytes, to out: inout [UInt8]) {
    appendEscaped(bytes, times: 1, to: &out)
  }

  /// Appends `bytes` escaped as a list item's half is: once as the pair's half, and once more with
  /// the item, so a special byte becomes `%25XX` (what ``appendList(_:to:item:)`` of an item
  /// escaped by ``appendEscaped(_:to:)`` writes, without the item made first).
  static func appendEscapedTwice<Bytes: Collection<UInt8>>(_ bytes: Bytes, to out: inout [UInt8]) {
    appendEscaped(bytes, times: 2, to: &out)
  }

  /// The `=` between a pair's halves, escaped with its item: `%3D`.
  static let escapedPairSeparator: [UInt8] = Array("%3D".utf8)

  /// Escapes `times` over (1 or 2), copying the runs between special bytes whole.
  private static func appendEscaped<Bytes: Collection<UInt8>>(
    _ bytes: Bytes, times: Int, to out: inout [UInt8]
  ) {
    let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
      var start = 0
      for index in 0..<buffer.count where isSpecial(buffer[index]) {
        out += UnsafeBufferPointer(rebasing: buffer[start..<index])
        appendEscape(of: buffer[index], times: times, to: &out)
        start = index + 1
      }
      out += UnsafeBufferPointer(rebasing: buffer[start...])
    }
    guard done == nil else { return }
    for byte in bytes {
      if isSpecial(byte) {
        appendEscape(of: byte, times: times, to: &out)
      } else {
        out.append(byte)
      }
    }
  }

  /// `%XX` for `byte`, or `%25XX` when escaped twice.
  @inline(__always)
  private static func appendEscape(of byte: UInt8, times: Int, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "%"))
    if times > 1 {
      out.append(UInt8(ascii: "2"))
      out.append(UInt8(ascii: "5"))
    }
    out.append(hexDigits[Int(byte >> 4)])
    out.append(hexDigits[Int(byte & 15)])
  }

  /// Appends `text` escaped to `out`.
  static func append(_ text: String, to out: inout [UInt8]) { appendEscaped(text.utf8, to: &out) }

  /// Appends ``list(_:)`` of `items` to `out`, each item written by `item` (which escapes what it
  /// appends), without making the items' strings.
  static func appendList<Items: Collection>(
    _ items: Items, to out: inout [UInt8], item: (Items.Element, inout [UInt8]) -> Void
  ) {
    var part: [UInt8] = []
    appendEscapedList(items, to: &out) { element, out in
      part.removeAll(keepingCapacity: true)
      item(element, &part)
      // The item's own separators are escaped once more, as ``list(_:)`` does.
      appendEscaped(part, to: &out)
    }
  }

  /// ``appendList(_:to:item:)`` with `item` writing each item already escaped straight into `out`
  /// (a pair's halves by ``appendEscapedTwice(_:to:)`` around ``escapedPairSeparator``), so no
  /// item is made and scanned again.
  static func appendEscapedList<Items: Collection>(
    _ items: Items, to out: inout [UInt8], item: (Items.Element, inout [UInt8]) -> Void
  ) {
    appendNumber(items.count, to: &out)
    for element in items {
      out.append(UInt8(ascii: "|"))
      item(element, &out)
    }
  }

  static func escape(_ text: String) -> String {
    guard text.utf8.contains(where: isSpecial) else { return text }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 8)
    appendEscaped(text.utf8, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  static func unescape<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> String? {
    // The standard library's check, not Foundation's `String(bytes:encoding:)`, which was most of
    // reading a ledger's ten thousand file lines on a one-page edit.
    guard bytes.contains(UInt8(ascii: "%")) else { return String(validating: bytes, as: UTF8.self) }
    var out: [UInt8] = []
    var iterator = bytes.makeIterator()
    while let byte = iterator.next() {
      guard byte == UInt8(ascii: "%") else {
        out.append(byte)
        continue
      }
      guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
        return nil
      }
      out.append(high << 4 | low)
    }
    return String(validating: out, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  /// `items` as one field: each escaped, separated by `|`, after their count (so an empty list and
  /// a list of one empty item differ).
  static func list(_ items: [String]) -> String {
    ([String(items.count)] + items.map(escape)).joined(separator: "|")
  }

  /// A field ``list(_:)`` wrote; nil when malformed.
  static func list(_ field: ArraySlice<UInt8>) -> [String]? {
    let parts = field.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
    guard let first = parts.first, let count = Int(String(decoding: first, as: UTF8.self)),
      parts.count == count + 1
    else { return nil }
    var items: [String] = []
    items.reserveCapacity(count)
    for part in parts.dropFirst() {
      guard let item = unescape(part) else { return nil }
      items.append(item)
    }
    return items
  }

  /// Numbered values as one field (`n=value|…`, by number).
  static func numbered(_ values: [Int: String]) -> String {
    list(values.keys.sorted().map { "\($0)=" + escape(values[$0] ?? "") })
  }

  static func numbered(_ field: ArraySlice<UInt8>) -> [Int: String]? {
    guard let items = list(field) else { return nil }
    var values: [Int: String] = [:]
    for item in items {
      guard let equals = item.firstIndex(of: "="), let number = Int(item[..<equals]),
        let value = unescape(item[item.index(after: equals)...].utf8)
      else { return nil }
      values[number] = value
    }
    return values
  }

  /// A decimal number with an optional `-`, as `Int(_:)` reads it, from the bytes.
  static func int(_ field: ArraySlice<UInt8>) -> Int? {
    var digits = field
    let negative = digits.first == UInt8(ascii: "-")
    if negative || digits.first == UInt8(ascii: "+") { digits = digits.dropFirst() }
    guard !digits.isEmpty else { return nil }
    var value = 0
    for byte in digits {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      let (times, overflowTimes) = value.multipliedReportingOverflow(by: 10)
      let (sum, overflowSum) =
        negative
        ? times.subtractingReportingOverflow(Int(byte - 0x30))
        : times.addingReportingOverflow(Int(byte - 0x30))
      guard !overflowTimes, !overflowSum else { return nil }
      value = sum
    }
    return value
  }

  static func text(_ field: ArraySlice<UInt8>) -> String? { unescape(field) }
}
