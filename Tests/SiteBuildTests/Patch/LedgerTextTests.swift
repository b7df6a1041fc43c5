import Testing

@testable import SiteBuild

/// ``LedgerText`` escapes by copying the runs between special bytes whole and writes a pair's
/// halves straight into the line; both must give the bytes of the plain definitions: `%XX` for each
/// special byte, and an item's half escaped again with its item.
@Suite struct LedgerTextTests {
  static let specials = Array("%\t\n\r|=".utf8)

  /// The definition, byte by byte.
  static func escapedByByte(_ bytes: [UInt8]) -> [UInt8] {
    bytes.flatMap { byte in
      specials.contains(byte) ? Array("%".utf8) + Array(String(format: "%02X", byte).utf8) : [byte]
    }
  }

  @Test func runsAreEscapedAsByteByByte() {
    var random = IncrementalRebuildTests.Generator(state: 5)
    let alphabet = Self.specials + Array("aZ0/ .#é".utf8)
    for length in [0, 1, 2, 7, 64, 300] {
      for _ in 0..<20 {
        let bytes = (0..<length).map { _ in alphabet.randomElement(using: &random)! }
        var once: [UInt8] = []
        LedgerText.appendEscaped(bytes, to: &once)
        #expect(once == Self.escapedByByte(bytes))
        // Not contiguous: the byte-by-byte path.
        var lazily: [UInt8] = []
        LedgerText.appendEscaped(bytes.lazy.map { $0 }, to: &lazily)
        #expect(lazily == once)
        var twice: [UInt8] = []
        LedgerText.appendEscapedTwice(bytes, to: &twice)
        #expect(twice == Self.escapedByByte(Self.escapedByByte(bytes)))
      }
    }
  }

  /// A pair written straight into the line is the item `number=value` escaped as a list escapes it.
  @Test func aPairIsWrittenAsItsItem() {
    let value = Array("a=b|c%d".utf8)
    var direct = Array("7".utf8) + LedgerText.escapedPairSeparator
    LedgerText.appendEscapedTwice(value, to: &direct)
    var item = Array("7=".utf8)
    LedgerText.appendEscaped(value, to: &item)
    #expect(direct == Self.escapedByByte(item))
  }
}
