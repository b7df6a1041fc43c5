import Foundation
import Testing

/// Golden-file comparison. With `RECORD_GOLDENS=1` in the environment, mismatches rewrite the
/// golden and the test still fails once, so a recording never passes silently.
enum Golden {
  static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" }

  /// Every regular file below `folder`, relative and sorted, hidden files included.
  static func files(in folder: URL) -> [String: Data] {
    var result: [String: Data] = [:]
    let base = folder.standardizedFileURL.path
    guard let enumerator = FileManager.default.enumerator(atPath: base) else { return result }
    while let relative = enumerator.nextObject() as? String {
      var isDirectory: ObjCBool = false
      let path = base + "/" + relative
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
        result[relative] = FileManager.default.contents(atPath: path)
      }
    }
    return result
  }

  /// Compares two folders both ways: a missing file, an extra file or different bytes all fail.
  static func assertSameTree(actual: URL, expected: URL, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let actualFiles = files(in: actual)
    let expectedFiles = files(in: expected)
    if isRecording && actualFiles != expectedFiles {
      try? FileManager.default.removeItem(at: expected)
      try FileManager.default.copyItem(at: actual, to: expected)
      Issue.record("recorded new goldens in \(expected.path)", sourceLocation: sourceLocation)
      return
    }
    let missing = Set(expectedFiles.keys).subtracting(actualFiles.keys).sorted()
    let extra = Set(actualFiles.keys).subtracting(expectedFiles.keys).sorted()
    #expect(missing.isEmpty, "expected files not produced: \(missing)", sourceLocation: sourceLocation)
    #expect(extra.isEmpty, "files produced but not expected: \(extra)", sourceLocation: sourceLocation)
    for path in Set(actualFiles.keys).intersection(expectedFiles.keys).sorted()
    where actualFiles[path] != expectedFiles[path] {
      Issue.record(
        "\(path) differs from its golden:\n\(firstDifference(actualFiles[path]!, expectedFiles[path]!))",
        sourceLocation: sourceLocation)
    }
  }

  /// Compares text with a golden string; returns the text to store when recording.
  static func assertText(
    _ actual: String, matches expected: String, record: (String) throws -> Void,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    guard actual != expected else { return }
    if isRecording {
      try record(actual)
      Issue.record("recorded a new golden", sourceLocation: sourceLocation)
      return
    }
    Issue.record(
      "output differs from its golden:\n\(firstDifference(Data(actual.utf8), Data(expected.utf8)))\n--- actual ---\n\(actual)",
      sourceLocation: sourceLocation)
  }

  private static func firstDifference(_ actual: Data, _ expected: Data) -> String {
    let actualLines = String(decoding: actual, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = String(decoding: expected, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(actualLines.count, expectedLines.count) {
      let left = index < actualLines.count ? String(actualLines[index]) : "<end of file>"
      let right = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
      if left != right { return "line \(index + 1)\n  expected: \(right)\n  actual:   \(left)" }
    }
    return "same lines, different bytes"
  }
}
