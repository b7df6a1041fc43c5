import Foundation
import TestSupport
import Testing

/// Replays the fuzzing corpus (seeds and every crash the fuzzer ever found) through the fuzz
/// target, built without libFuzzer, so a fixed crash stays fixed.
@Suite struct FuzzCorpusTests {
  static let corpus = ShippedSite.repository.appendingPathComponent("Tests/FuzzCorpus")
  static let targets = [
    "site", "front-matter", "page", "markdown", "dataset", "directive", "escapers", "paths", "yaml",
  ]

  @Test(arguments: targets)
  func everyCorpusInputRunsToCompletion(_ target: String) throws {
    let folder = Self.corpus.appendingPathComponent(target)
    let count = try FileManager.default.contentsOfDirectory(atPath: folder.path).count
    let replay = DemarcProcess.binary.deletingLastPathComponent().appendingPathComponent("demarc-fuzz")
    let process = Process()
    process.executableURL = replay
    process.arguments = [folder.path]
    process.environment = ProcessInfo.processInfo.environment.merging(["DEMARC_FUZZ_TARGET": target]) { $1 }
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(text == "replayed \(count) inputs\n")
    #expect(count >= 2)
  }

  /// Every target has a seed folder and every seed folder a target.
  @Test func eachTargetHasSeeds() throws {
    let folders = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).sorted()
    #expect(folders == Self.targets.sorted())
  }
}
