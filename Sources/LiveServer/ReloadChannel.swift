import Diagnostics

/// The open live-reload connections, and the state each one is told: the newest good build's
/// generation and the diagnostics of a failed build (none after a good one).
///
/// A new connection hears the current state at once, so a page opened while the site is broken
/// shows the overlay, and a page served just before a rebuild learns that it is stale.
actor ReloadChannel {
  private var clients: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
  private var nextID = 0
  private var state: [UInt8] = ReloadChannel.event(generation: 0, diagnostics: [])

  var clientCount: Int { clients.count }

  /// A stream of Server-Sent Events for one connection; it ends when the connection goes.
  func subscribe() -> AsyncStream<[UInt8]> {
    let (stream, continuation) = AsyncStream.makeStream(
      of: [UInt8].self, bufferingPolicy: .bufferingNewest(16))
    let id = nextID
    nextID += 1
    clients[id] = continuation
    continuation.onTermination = { [weak self] _ in Task { await self?.drop(id) } }
    continuation.yield(Array("retry: 500\n\n".utf8) + state)
    return stream
  }

  /// Tells every page about a finished build: a new generation to reload to, or what went wrong.
  func publish(generation: Int, diagnostics: [Diagnostic]) {
    state = Self.event(generation: generation, diagnostics: diagnostics)
    for client in clients.values { client.yield(state) }
  }

  /// A comment line, so connections whose reader has gone are noticed and closed.
  func heartbeat() {
    for client in clients.values { client.yield(Array(": ping\n\n".utf8)) }
  }

  private func drop(_ id: Int) { clients[id] = nil }

  /// One `state` event: `{"generation": N, "diagnostics": [{file, line, column, severity, message, code}]}`.
  static func event(generation: Int, diagnostics: [Diagnostic]) -> [UInt8] {
    let items = diagnostics.map { diagnostic in
      let location = diagnostic.location
      let fields = [
        "\"file\":" + JSONText.quoted(location?.file ?? ""), "\"line\":\(location?.line ?? 0)",
        "\"column\":\(location?.column ?? 0)",
        "\"severity\":" + JSONText.quoted(diagnostic.severity.rawValue),
        "\"message\":" + JSONText.quoted(diagnostic.message),
        "\"code\":" + JSONText.quoted(diagnostic.code.rawValue),
      ]
      return "{" + fields.joined(separator: ",") + "}"
    }
    let data = "{\"generation\":\(generation),\"diagnostics\":[" + items.joined(separator: ",") + "]}"
    return Array("event: state\ndata: \(data)\n\n".utf8)
  }
}
