import Foundation
import LiveServer
import SiteBuild

/// A `demarc serve` session run in the test process on a copy of a fixture site, on a free port.
final class ServeHarness: @unchecked Sendable {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("SiteBuildTests/Fixtures")

  let sandbox: URL
  let root: URL
  private(set) var port: UInt16 = 0
  private let lock = NSLock()
  private var outcomes: [RebuildOutcome] = []
  private var task: Task<Void, Error>?

  init(fixture: String = "dataset", watch: FileWatcher.Mode = .events) async throws {
    sandbox = FileManager.default.temporaryDirectory.appendingPathComponent(
      "demarc-serve-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: sandbox, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: Self.fixtures.appendingPathComponent("_theme"), to: sandbox.appendingPathComponent("_theme"))
    root = sandbox.appendingPathComponent(fixture)
    try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(fixture), to: root)
    try? FileManager.default.removeItem(at: root.appendingPathComponent("expected"))
    let listening = AsyncStream.makeStream(of: String.self)
    let session = ServeSession(
      settings: ServeSettings(siteRoot: root, port: 0, watch: watch, jobs: 2),
      events: .init(
        listening: { listening.continuation.yield($0) },
        built: { [self] outcome in lock.withLock { outcomes.append(outcome) } }, note: { _ in }))
    task = Task { try await session.run() }
    var iterator = listening.stream.makeAsyncIterator()
    let url = await iterator.next() ?? ""
    port = UInt16(url.split(separator: ":").last?.dropLast() ?? "") ?? 0
  }

  var builds: [RebuildOutcome] { lock.withLock { outcomes } }

  /// Waits until `count` builds have finished, or `seconds` pass; the builds so far.
  @discardableResult
  func waitForBuilds(_ count: Int, seconds: Double = 10) async -> [RebuildOutcome] {
    let deadline = Date().addingTimeInterval(seconds)
    while builds.count < count && Date() < deadline { try? await Task.sleep(for: .milliseconds(10)) }
    return builds
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
    task?.cancel()
    try? FileManager.default.removeItem(at: sandbox)
  }
}
