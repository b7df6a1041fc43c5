import Dispatch
import Foundation

/// Work started on a thread of its own now and collected later, so a part of a stage that
/// depends on nothing the rest of the stage makes (the dataset's exports) runs beside it instead
/// of after it. The result is the same whenever it finishes, so the output stays deterministic.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
  private let finished = DispatchSemaphore(value: 0)
  /// Written once by the worker thread before it signals `finished`; read only after waiting.
  private var result: Value?

  init(_ work: @escaping @Sendable () -> Value) {
    Thread.detachNewThread { [self] in
      result = work()
      finished.signal()
    }
  }

  /// Waits for the work to finish and returns its result; may be called more than once.
  var value: Value {
    finished.wait()
    defer { finished.signal() }
    return result!
  }
}
