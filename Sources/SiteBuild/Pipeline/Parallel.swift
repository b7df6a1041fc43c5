import Dispatch
import Foundation

/// Runs independent per-page work on several threads while keeping results in input order, so the
/// output never depends on scheduling: the same input gives the same bytes for any thread count.
enum Parallel {
  /// The default thread count: one per core.
  static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

  static func map<Input: Sendable, Output: Sendable>(
    _ inputs: [Input], jobs: Int, _ transform: @Sendable (Input) -> Output
  ) -> [Output] {
    let workers = min(max(1, jobs), inputs.count)
    guard workers > 1 else { return inputs.map(transform) }
    let slots = Slots<Output>(count: inputs.count)
    // Worker w takes items w, w + workers, w + 2·workers...: an even spread without a shared counter.
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var index = worker
      while index < inputs.count {
        slots.store(transform(inputs[index]), at: index)
        index += workers
      }
    }
    return slots.values()
  }
}

/// One result slot per input. Each slot is written exactly once, by one worker, before
/// `concurrentPerform` returns; that discipline, not a lock, is what makes it safe to share.
private final class Slots<Value>: @unchecked Sendable {
  private let storage: UnsafeMutablePointer<Value?>
  private let count: Int

  init(count: Int) {
    self.count = count
    storage = .allocate(capacity: count)
    storage.initialize(repeating: nil, count: count)
  }

  deinit {
    storage.deinitialize(count: count)
    storage.deallocate()
  }

  func store(_ value: Value, at index: Int) { storage[index] = value }

  func values() -> [Value] { (0..<count).map { storage[$0]! } }
}
