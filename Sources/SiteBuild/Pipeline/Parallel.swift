import Dispatch
import Foundation
import Synchronization

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
    // Each worker takes the next item not yet taken, so a slow item, or a core the machine lends
    // elsewhere for a while, holds up only its own worker: with a fixed share each, every call
    // waited for the worker that fell behind (a one-off build makes one call per volume of the
    // one-page view, a hundred at 10,000 pages). Where each result goes does not depend on who
    // made it.
    let next = Atomic(0)
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      while true {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard index < inputs.count else { return }
        slots.store(transform(inputs[index]), at: index)
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
