import Foundation
import Testing

/// Replays the fuzzing corpus (seeds and every crash the fuzzer ever found) through the fuzz
/// target, built without libFuzzer, so a fixed crash stays fixed.
@Suite struct FuzzCorpusTests {
  @Test func everyCorpusInputRunsToCompletion() throws {
    let corpus = ShippedSiteTests.repository.appendingPathComponent("Tests/FuzzCorpus")
    let count = try FileManager.default.contentsOfDirectory(atPath: corpus.path).count
    let replay = DemarcProcess.binary.deletingLastPathComponent().appendingPathComponent("demarc-fuzz")
    let process = Process()
    process.executableURL = replay
    process.arguments = [corpus.path]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(text == "replayed \(count) inputs\n")
    #expect(count >= 9)
  }
}
