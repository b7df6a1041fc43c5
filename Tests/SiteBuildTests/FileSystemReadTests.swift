import Foundation
import Testing

@testable import SiteBuild

/// ``FileSystem/contents(_:)`` reads into a buffer it never zeroes first, so it must hand back
/// exactly the file's bytes: no more, no fewer, none left over from the allocation.
@Suite struct FileSystemReadTests {
  @Test(arguments: [0, 1, 4_096, 65_535, 65_536, 65_537, 1 << 20])
  func aFileReadsAsItsBytes(size: Int) throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("read-\(getpid())-\(size)")
    let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }
    try Data(bytes).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    #expect(try FileSystem.contents(file.path) == bytes)
  }

  /// A file of `/proc` reports size 0 and still has bytes: it is read in chunks to its end.
  @Test func aFileThatReportsNoSizeIsReadToItsEnd() throws {
    let status = String(decoding: try FileSystem.contents("/proc/self/status"), as: UTF8.self)
    #expect(status.hasPrefix("Name:"))
    #expect(status.contains("\nPid:"))
    #expect(status.hasSuffix("\n"))
  }
}
