import Foundation
import Testing

@testable import SiteBuild

/// The write stage's own file writer: whole files, replaced when there, a full disk reported in
/// the system's words, and a staging folder flushed once.
@Suite struct DiskWriteTests {
  @Test func writesWholeFilesAndReplacesThem() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "demarc-disk-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("page.html")
    let long = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    try OutputWriter.writeNewFile(long, url)
    #expect(try Data(contentsOf: url) == Data(long))
    try OutputWriter.writeNewFile(Array("short".utf8), url)
    #expect(try String(contentsOf: url, encoding: .utf8) == "short", "a shorter file leaves no tail")
    try Disk.flush(folder.path)
    #expect(throws: Disk.Failure.self) { try Disk.flush(folder.appendingPathComponent("missing").path) }
  }

  @Test func aFullDiskIsReportedWithThePath() throws {
    guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
    do {
      try Disk.writeNew([UInt8](repeating: 0x61, count: 70_000), to: "/dev/full")
      Issue.record("a write to /dev/full succeeded")
    } catch {
      #expect(error.path == "/dev/full")
      #expect(FileSystem.describe(error) == "No space left on device")
    }
    #expect(throws: Disk.Failure.self) { try Disk.writeNew([1], to: "/nonexistent-demarc-folder/x.html") }
  }
}
