import Foundation
import TestSupport

/// `demarc serve` run as its own process (as a user runs it) on a copy of a fixture site, on a free
/// port. Its own process, so its server never shares threads with the other tests running at once.
final class ServeHarness: @unchecked Sendable {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("SiteBuildTests/Fixtures")

  /// One build as the terminal reports it.
  struct Build {
    var failed: Bool
    var pagesRendered: Int
    var generation: Int
  }

  let sandbox: URL
  let root: URL
  private(set) var port: UInt16 = 0
  private let process = Process()
  private let lock = NSLock()
  private var lines: [String] = []

  init(fixture: String = "dataset", poll: Int? = nil) throws {
    sandbox = FileManager.default.temporaryDirectory.appendingPathComponent(
      "demarc-serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: sandbox, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: Self.fixtures.appendingPathComponent("_theme"), to: sandbox.appendingPathComponent("_theme"))
    root = sandbox.appendingPathComponent(fixture)
    try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(fixture), to: root)
    try? FileManager.default.removeItem(at: root.appendingPathComponent("expected"))
    process.executableURL = DemarcBinary.url
    process.arguments =
      ["serve", "--site", root.path, "--port", "0", "--jobs", "2"] + (poll.map { ["--poll", "\($0)"] } ?? [])
    process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    output.fileHandleForReading.readabilityHandler = { [self] handle in
      let text = String(decoding: handle.availableData, as: UTF8.self)
      lock.withLock { lines += text.split(separator: "\n").map(String.init) }
    }
    try process.run()
    let deadline = Date().addingTimeInterval(60)
    while port == 0 && Date() < deadline {
      Thread.sleep(forTimeInterval: 0.02)
      let url = lock.withLock { lines.first { $0.contains("http://127.0.0.1:") } }
      if let url, let match = url.split(separator: ":").last?.split(separator: "/").first {
        port = UInt16(match) ?? 0
      }
    }
  }

  var log: [String] { lock.withLock { lines } }

  /// Every build the terminal reported so far.
  var builds: [Build] {
    log.compactMap { line in
      if line.hasPrefix("Built ") {
        let numbers = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        // Built P pages in T ms (F files read, N pages parsed, R rendered), generation G
        return Build(
          failed: false, pagesRendered: numbers.dropLast().last ?? 0, generation: numbers.last ?? 0)
      }
      if line.contains("still serving the last good build") || line.contains("serving a waiting page") {
        return Build(failed: true, pagesRendered: 0, generation: -1)
      }
      return nil
    }
  }

  /// Waits until `count` builds have been reported, or `seconds` pass; the builds so far.
  @discardableResult
  func waitForBuilds(_ count: Int, seconds: Double = 20) -> [Build] {
    let deadline = Date().addingTimeInterval(seconds)
    while builds.count < count && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    return builds
  }

  /// Waits until the builds so far satisfy `condition`, or `seconds` pass; whether they did.
  func waitUntil(seconds: Double = 20, _ condition: ([Build]) -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while !condition(builds) && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    return condition(builds)
  }

  func get(_ path: String, method: String = "GET") throws -> RawHTTP.Response {
    try RawHTTP.request(method, path, port: port)
  }

  func write(_ path: String, _ text: String) throws {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  func read(_ path: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  func stop() {
    process.terminate()
    process.waitUntilExit()
    try? FileManager.default.removeItem(at: sandbox)
  }
}
