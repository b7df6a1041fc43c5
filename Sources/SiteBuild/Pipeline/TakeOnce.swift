/// Values handed out once each, by index, to the workers of a ``Parallel`` map: each slot is taken
/// by exactly one worker, and taking it lets go of the value, so a one-off render frees each page's
/// Markdown tree as soon as its page is drawn. That discipline, not a lock, makes it safe to share.
final class TakeOnce<Value>: @unchecked Sendable {
  private let storage: UnsafeMutablePointer<Value?>
  private let count: Int

  init(_ values: [Value?]) {
    count = values.count
    storage = .allocate(capacity: max(1, values.count))
    for (index, value) in values.enumerated() { (storage + index).initialize(to: value) }
  }

  deinit {
    storage.deinitialize(count: count)
    storage.deallocate()
  }

  /// The value at `index`, leaving nil in its place.
  func take(at index: Int) -> Value? {
    precondition(index >= 0 && index < count)
    let value = storage[index]
    storage[index] = nil
    return value
  }
}
