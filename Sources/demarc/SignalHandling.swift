import Dispatch
import Foundation
import SiteBuild

/// Turns SIGINT, SIGTERM and SIGHUP into an orderly stop: the write stage's unfinished folders are
/// removed (``InterruptCleanup``) and the process exits with `128 + signal`.
///
/// The signals are handled on a dispatch queue, not in a signal handler, so the clean-up may take
/// locks and call the file system.
enum SignalHandling {
  private nonisolated(unsafe) static var sources: [DispatchSourceSignal] = []

  static func install() {
    for number in [SIGINT, SIGTERM, SIGHUP] {
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { InterruptCleanup.shared.stop(signal: number) }
      source.resume()
      sources.append(source)
    }
  }
}
