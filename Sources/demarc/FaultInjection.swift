import Foundation
import SiteBuild

/// A test seam for the end-to-end fault tests, read from `DEMARC_TEST_FAULT`; not for users.
///
/// Comma-separated: `kill@STEP` sends the process SIGKILL when the writer reaches that
/// ``WriteStep``, `pause@STEP` sleeps there until a signal arrives, and `no-exchange` makes the
/// writer use its two-rename fallback. Unset, the writer runs untouched.
enum FaultInjection {
  static var hooks: OutputWriter.Hooks {
    guard let spec = ProcessInfo.processInfo.environment["DEMARC_TEST_FAULT"], !spec.isEmpty else {
      return OutputWriter.Hooks()
    }
    let parts = spec.split(separator: ",").map(String.init)
    let kill = parts.compactMap { $0.hasPrefix("kill@") ? WriteStep(rawValue: String($0.dropFirst(5))) : nil }
    let pause = parts.compactMap {
      $0.hasPrefix("pause@") ? WriteStep(rawValue: String($0.dropFirst(6))) : nil
    }
    return OutputWriter.Hooks(
      atStep: { step in
        if kill.contains(step) { Foundation.kill(getpid(), SIGKILL) }
        if pause.contains(step) {
          FileHandle.standardError.write(Data("demarc: paused at \(step.rawValue)\n".utf8))
          while true { sleep(60) }
        }
      }, allowExchange: !parts.contains("no-exchange"))
  }
}
