import Diagnostics
import FlyingFox
import FlyingSocks
import Foundation
import SiteBuild

/// `demarc serve`: builds the site, serves it from memory, and rebuilds when its files change.
///
/// The loop is: watch → (a burst of changes) → rebuild with the kept ``BuildMemory`` → swap the
/// served site → tell the open pages. Builds run on a thread of their own, so the server keeps
/// answering during them; a page is told to reload only after the whole new site is in place. A
/// build with errors leaves the last good site served and sends its diagnostics to the pages.
public final class ServeSession: Sendable {
  public struct Events: Sendable {
    public var listening: @Sendable (_ url: String) -> Void
    public var built: @Sendable (RebuildOutcome) -> Void
    public var note: @Sendable (String) -> Void

    public init(
      listening: @escaping @Sendable (String) -> Void, built: @escaping @Sendable (RebuildOutcome) -> Void,
      note: @escaping @Sendable (String) -> Void
    ) {
      self.listening = listening
      self.built = built
      self.note = note
    }
  }

  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  private let settings: ServeSettings
  private let events: Events
  private let slot = SiteSlot(ServedSite.waiting)
  private let channel = ReloadChannel()

  public init(settings: ServeSettings, events: Events) {
    self.settings = settings
    self.events = events
  }

  /// Runs until the task is cancelled or the server fails.
  public func run() async throws {
    var state = LoopState()
    // Watch before the first build, so an edit made while it runs is not missed.
    var roots = watchRoots([])
    var watcher = makeWatcher(roots)
    let outcome = await rebuild(&state)
    events.built(outcome)
    // A theme outside the site root is known only now: watch it too, then build once more in case
    // something changed while the watchers traded places.
    if let folders = outcome.result?.inputFolders, watchRoots(folders) != roots {
      roots = watchRoots(folders)
      watcher = await replace(watcher, watching: roots, state: &state)
    }
    let server = try await listen()
    let heartbeat = Task {
      while !Task.isCancelled {
        try await Task.sleep(for: .seconds(15))
        await channel.heartbeat()
      }
    }
    defer { heartbeat.cancel() }
    while !Task.isCancelled {
      for await _ in watcher.changes {
        let outcome = await rebuild(&state, changed: watcher.takeChangedPaths())
        events.built(outcome)
        let newRoots = watchRoots(outcome.result?.inputFolders ?? roots)
        if newRoots != roots {
          roots = newRoots
          break  // the theme moved: watch the new folders
        }
      }
      guard !Task.isCancelled else { break }
      watcher = await replace(watcher, watching: roots, state: &state)
    }
    watcher.stop()
    await server.stop()
  }

  /// A watcher of `roots` in place of `old`, then one more build for anything written while the two
  /// traded places (reported only if it changed something or failed).
  private func replace(_ old: FileWatcher, watching roots: [String], state: inout LoopState) async
    -> FileWatcher
  {
    let watcher = makeWatcher(roots)
    old.stop()
    let generation = state.generation
    let outcome = await rebuild(&state)
    if state.generation != generation || outcome.failed { events.built(outcome) }
    return watcher
  }

  /// What the loop carries from one build to the next.
  struct LoopState: Sendable {
    var memory = BuildMemory()
    var generation = 0
  }

  /// What one build on the build thread hands back.
  private struct Built: Sendable {
    var result: BuildPipeline.Result?
    var rendered: RenderedSite?
    var failure: String?
    var memory: BuildMemory
  }

  /// One build, with the paths the watcher saw change since the last one when it knows them all.
  private func rebuild(_ state: inout LoopState, changed: Set<String>? = nil) async -> RebuildOutcome {
    let settings = settings
    let start = ContinuousClock.now
    // The memory moves to the build thread and back rather than being copied: a copy would share
    // its tables, so the build's first change to each would copy all of it (10,000 entries).
    let moving = Handoff(state.memory)
    state.memory = BuildMemory()
    let built = await Self.offThread { () -> Built in
      var memory = moving.take() ?? BuildMemory()
      do {
        let (result, rendered) = try BuildPipeline.check(
          siteRoot: settings.siteRoot, jobs: settings.jobs, overrides: settings.overrides, memory: &memory,
          changed: changed)
        return Built(result: result, rendered: rendered, memory: memory)
      } catch {
        return Built(failure: String(describing: error), memory: BuildMemory())
      }
    }
    state.memory = built.memory
    if let result = built.result, let rendered = built.rendered, !result.failed(strict: settings.strict) {
      // A build whose every byte matches the served site (a file saved unchanged) reloads nothing.
      let site = ServedSite(rendered, generation: state.generation + 1)
      if site.files != slot.current.files {
        state.generation += 1
        slot.replace(with: site)
      }
    }
    let outcome = RebuildOutcome(
      result: built.result, duration: ContinuousClock.now - start, filesRead: built.memory.scan.filesRead,
      pagesParsed: built.memory.load.pagesParsed.count,
      pagesRendered: built.memory.render.pagesRendered.count,
      generation: state.generation, failure: built.failure, strict: settings.strict)
    await channel.publish(
      generation: state.generation, diagnostics: outcome.failed ? outcome.diagnostics : [])
    return outcome
  }

  /// Starts the HTTP server and reports its address.
  private func listen() async throws -> HTTPServer {
    let host = settings.host == "localhost" ? "127.0.0.1" : settings.host
    let address: any SocketAddress
    do {
      address =
        host.contains(":")
        ? try sockaddr_in6.inet6(ip6: host, port: settings.port)
        : try sockaddr_in.inet(ip4: host, port: settings.port)
    } catch {
      throw Failure(description: "'\(settings.host)' is not an IP address to listen on (try 127.0.0.1)")
    }
    let server = HTTPServer(
      address: address, timeout: 15, logger: .disabled, handler: SiteHandler(slot: slot, channel: channel))
    let running = Task { try await server.run() }
    do {
      try await server.waitUntilListening(timeout: 5)
    } catch {
      running.cancel()
      let reason =
        (try? await running.value).map { _ in "it stopped" } ?? "the address is in use or not available"
      throw Failure(
        description: "cannot listen on \(settings.host):\(settings.port): \(reason); pick another with --port"
      )
    }
    var port = settings.port
    if case .ip4(_, let actual)? = await server.listeningAddress { port = actual }
    if case .ip6(_, let actual)? = await server.listeningAddress { port = actual }
    let shownHost = host.contains(":") ? "[\(host)]" : host
    events.listening("http://\(shownHost):\(port)/")
    return server
  }

  /// The site root, and any input folder outside it (a theme named by path).
  private func watchRoots(_ inputFolders: [String]) -> [String] {
    let root = settings.siteRoot.standardizedFileURL.resolvingSymlinksInPath().path
    let outside = inputFolders.map { folder in
      (folder.hasPrefix("/")
        ? URL(fileURLWithPath: folder) : settings.siteRoot.appendingPathComponent(folder))
        .standardizedFileURL.resolvingSymlinksInPath().path
    }.filter { $0 != root && !$0.hasPrefix(root + "/") }
    return [root] + Set(outside).sorted()
  }

  private func makeWatcher(_ roots: [String]) -> FileWatcher {
    let excluded = Set(settings.excluded.map { $0.standardizedFileURL.resolvingSymlinksInPath().path })
    let watcher = FileWatcher(roots: roots, excluded: excluded, mode: settings.watch)
    if let reason = watcher.fallbackReason { events.note(reason) }
    return watcher
  }

  /// Runs blocking work on a new thread, so the cooperative pool (two threads on two cores) stays
  /// free for requests while a build runs.
  static func offThread<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
      let thread = Thread { continuation.resume(returning: work()) }
      thread.stackSize = 8 << 20
      thread.start()
    }
  }
}
