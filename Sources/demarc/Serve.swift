import ArgumentParser
import Foundation
import LiveServer
import SiteBuild

/// `demarc serve`: a live preview. Builds the site, serves it, and rebuilds as files change.
struct Serve: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Serve the site locally and rebuild it as you edit.",
    discussion: """
      Serves the site from memory (the same bytes 'demarc build' writes, plus one live-reload \
      script) and watches demarc.yaml, the content, the dataset and the theme. After each change \
      only what the change affects is read, parsed and rendered again; open pages reload at the \
      same scroll position. A build with errors keeps the last good site and shows the errors over \
      the page. Nothing is written to disk.
      """)

  @OptionGroup var options: SiteOptions

  @Option(help: ArgumentHelp("The address to listen on; loopback unless you say otherwise.", valueName: "ip"))
  var host = "127.0.0.1"

  @Option(help: ArgumentHelp("The port (0 picks a free one).", valueName: "n"))
  var port: UInt16 = 8000

  @Flag(help: "Open the site in the default browser.")
  var open = false

  @Option(
    help: ArgumentHelp(
      "Look for changes every MS milliseconds instead of using inotify (for network and container mounts).",
      valueName: "ms"))
  var poll: Int?

  @Option(name: .customLong("base-url"), help: ArgumentHelp("Overrides base_url.", valueName: "url"))
  var baseURL: String?

  func validate() throws {
    if let poll, !(10...60_000).contains(poll) {
      throw ValidationError("--poll must be between 10 and 60000 ms")
    }
    if !ServeSettings.isAddress(host) {
      throw ValidationError("--host must be an IP address to listen on, such as 127.0.0.1 or ::1")
    }
  }

  func run() async throws {
    let settings = ServeSettings(
      siteRoot: options.siteURL, host: host, port: port,
      watch: poll.map { .polling(milliseconds: $0) } ?? .events, jobs: options.jobs, strict: options.strict,
      overrides: options.overrides(baseURL: baseURL),
      excluded: [options.siteURL.appendingPathComponent("Output")])
    if !settings.isLoopback {
      Console.printError("warning: serving on \(host): other machines on the network can read this site")
    }
    let options = options
    let openBrowser = open
    let session = ServeSession(
      settings: settings,
      events: .init(
        listening: { url in
          Console.success("Serving \(options.site) at \(url) (Ctrl-C stops)", options: options)
          if openBrowser { Self.openInBrowser(url) }
        },
        built: { outcome in Self.report(outcome, options: options) },
        note: { Console.printError("note: \($0)") }))
    do {
      try await session.run()
    } catch let failure as ServeSession.Failure {
      Console.printError("error: \(failure.description)")
      throw Console.ioFailure
    }
  }

  /// The diagnostics in the usual `path:line:col` form, then one line on what the build did.
  static func report(_ outcome: RebuildOutcome, options: SiteOptions) {
    if let failure = outcome.failure {
      Console.printError("error: \(failure)")
      return
    }
    guard let result = outcome.result else { return }
    Console.report(result, options: options)
    let milliseconds = Int(outcome.duration / .milliseconds(1))
    let work =
      "\(Self.count(outcome.filesRead, "file")) read, \(Self.count(outcome.pagesParsed, "page")) parsed, \(outcome.pagesRendered) rendered"
    if outcome.failed {
      Console.summary(
        result, strict: options.strict,
        action: outcome.generation == 0
          ? "serving a waiting page until a build passes" : "still serving the last good build")
    } else if !options.quiet {
      Console.success(
        "Built \(result.pageCount) pages in \(milliseconds) ms (\(work)), generation \(outcome.generation)"
          + Console.warningSuffix(result), options: options)
      if options.verbose { Console.success("Stages: \(result.times.summary)", options: options) }
    }
  }

  static func openInBrowser(_ url: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["xdg-open", url]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    if (try? process.run()) == nil { Console.printError("note: could not open a browser; visit \(url)") }
  }
}

extension Serve {
  static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
