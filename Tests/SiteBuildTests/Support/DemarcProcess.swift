import Foundation
import TestSupport

/// Runs the built `demarc` binary, as a user or a CI job would.
struct DemarcProcess {
  struct Outcome {
    var status: Int32
    var stdout: String
    var stderr: String
    /// True when the run was stopped for taking longer than its timeout (a hang).
    var timedOut = false
  }

  static var binary: URL { DemarcBinary.url }

  /// The stamps cache of every run in this test process, kept out of the user's home.
  static let cache = FileManager.default.temporaryDirectory.appendingPathComponent(
    "demarc-test-cache-\(ProcessInfo.processInfo.processIdentifier)")

  /// Runs the binary to completion; past `timeout` seconds it is killed and the outcome says so.
  static func run(
    _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
    timeout: Double = 120
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    process.environment = ProcessInfo.processInfo.environment.merging(["DEMARC_CACHE_DIR": cache.path]) {
      $1
    }.merging(environment) { $1 }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let watchdog = Watchdog(process)
    DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { watchdog.fire() }
    // Read before waiting so a large output cannot fill the pipe and block the child.
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
      stderr: String(decoding: stderr, as: UTF8.self), timedOut: watchdog.fired)
  }

  /// Kills a process that outlived its timeout, and remembers that it did.
  final class Watchdog: @unchecked Sendable {
    private let process: Process
    private let lock = NSLock()
    private var didFire = false

    init(_ process: Process) { self.process = process }

    var fired: Bool {
      lock.lock()
      defer { lock.unlock() }
      return didFire
    }

    func fire() {
      lock.lock()
      defer { lock.unlock() }
      guard process.isRunning else { return }
      didFire = true
      kill(process.processIdentifier, SIGKILL)
    }
  }
}
