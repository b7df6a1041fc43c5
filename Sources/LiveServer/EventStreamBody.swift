import FlyingSocks

/// A response body that never ends on its own: the events of one live-reload connection, each
/// handed to the server as soon as it is published, so it is sent as one chunk at once.
struct EventStreamBody: AsyncBufferedSequence, Sendable {
  typealias Element = UInt8

  let events: AsyncStream<[UInt8]>

  func makeAsyncIterator() -> Iterator { Iterator(events: events.makeAsyncIterator()) }

  struct Iterator: AsyncBufferedIteratorProtocol {
    var events: AsyncStream<[UInt8]>.Iterator
    var pending: ArraySlice<UInt8> = []

    mutating func next() async -> UInt8? {
      guard let buffer = await nextBuffer(suggested: 1) else { return nil }
      return buffer.first
    }

    mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
      while pending.isEmpty {
        guard let event = await events.next() else { return nil }
        pending = event[...]
      }
      let buffer = pending.prefix(Swift.max(1, count))
      pending = pending.dropFirst(buffer.count)
      return Array(buffer)
    }
  }
}
