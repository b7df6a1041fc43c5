/// A value on its way to another thread, held by nothing else once taken: so the thread that
/// takes it changes its tables in place, where a copy would share them and copy each one it
/// changed (for a build memory of 10,000 pages, all of it).
public final class Handoff<Value: Sendable>: @unchecked Sendable {
  /// Taken once, by the one thread the handoff is given to.
  private var value: Value?

  public init(_ value: Value) { self.value = value }

  /// The value; nil if it was taken already.
  public func take() -> Value? { value.take() }
}
