import Foundation
import Testing

@testable import SiteBuild

/// The saved ledger is scanned through one reused buffer and its lines fetched again by place
/// (``LedgerSource``): every line must come out whole whatever the buffer's size, and a file cut
/// short after the scan gives no line rather than a wrong one.
@Suite struct LedgerSourceTests {
  /// Lines of every length around the buffer's 1 MiB, one longer than it, and a last line with no
  /// line feed: read from the file, they are the lines of the bytes, at the same places.
  @Test func aFileReadsAsItsLinesWhateverTheirLengths() throws {
    // Each line its own letter, with its number at both ends, so a line cut or joined shows.
    let lengths = [0, 1, 4_095, 1 << 20, (1 << 20) - 1, (1 << 20) + 1, 3 << 20, 17, 0, 900_000, 900_000]
    let lines: [[UInt8]] = lengths.enumerated().map { number, length in
      let mark = Array("<\(number)>".utf8)
      guard length > 2 * mark.count else { return Array(mark.prefix(length)) }
      return mark + [UInt8](repeating: UInt8(ascii: "a") + UInt8(number), count: length - 2 * mark.count)
        + mark
    }
    let bytes = Array(lines.map { $0 + [0x0A] }.joined()) + Array("last, unterminated".utf8)
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-source-\(getpid())")
    try Data(bytes).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let source = try #require(LedgerSource(path: file.path))
    var read = source.lines()
    var seen: [(line: [UInt8], range: Range<Int>)] = []
    while let (line, range) = read.next() { seen.append((Array(line), range)) }
    #expect(!read.failed)
    #expect(read.size == bytes.count)
    #expect(seen.map(\.line) == lines + [Array("last, unterminated".utf8)])
    for (line, range) in seen {
      #expect(Array(bytes[range]) == line)
      #expect(source.line(range).map(Array.init) == line)
    }
    // The same lines from memory.
    var inMemory = LedgerSource(bytes: bytes).lines()
    var count = 0
    while let (line, range) = inMemory.next() {
      #expect(Array(line) == seen[count].line && range == seen[count].range)
      count += 1
    }
    #expect(count == seen.count)
  }

  /// A line asked for after the file was cut short is nil, not a short or zeroed line.
  @Test func aLineCutShortIsNotRead() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-cut-\(getpid())")
    try Data("first line\nsecond line\n".utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let source = try #require(LedgerSource(path: file.path))
    #expect(source.line(11..<22).map { String(decoding: $0, as: UTF8.self) } == "second line")
    try FileHandle(forWritingTo: file).truncate(atOffset: 15)
    #expect(source.line(11..<22) == nil)
    #expect(source.line(0..<10).map { String(decoding: $0, as: UTF8.self) } == "first line")
  }

  @Test func aFolderOrAMissingFileIsNoLedger() {
    #expect(LedgerSource(path: FileManager.default.temporaryDirectory.path) == nil)
    #expect(LedgerSource(path: "/nonexistent/ledger") == nil)
  }
}
