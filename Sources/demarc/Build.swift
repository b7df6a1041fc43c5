import ArgumentParser
import Foundation
import SiteBuild

/// `demarc build`: check the site and, if it passes, write it to the output folder.
struct Build: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Build the site into the output folder.",
    discussion: """
      The new site is written beside the output folder and swapped in only when the build passes, \
      so a failed build leaves the previous output exactly as it was. Files whose bytes did not \
      change keep their modification time. The inputs' file stamps are kept in a cache folder \
      ($DEMARC_CACHE_DIR, else $XDG_CACHE_HOME/demarc, else ~/.cache/demarc), so a build with \
      nothing changed reads no input, with a ledger of the output, so a build after an edit of \
      some pages' prose alone patches those pages in (--force builds everything).
      """)

  @OptionGroup var options: SiteOptions

  // `--out` too: the spelling people try first, which ArgumentParser would otherwise "correct" to --site.
  @Option(
    name: [.long, .customLong("out")],
    help: ArgumentHelp("Where to write the site (default: Output/ under the site root).", valueName: "dir"))
  var output: String?

  @Option(
    name: .customLong("base-url"),
    help: ArgumentHelp(
      "Where the site will be hosted (for canonical links, the sitemap and the 404 page); overrides base_url.",
      valueName: "url"))
  var baseURL: String?

  @Flag(
    name: .long,
    help: "Build everything even when the output already holds the result of the same inputs.")
  var force = false

  func run() throws {
    let outputURL =
      output.map { URL(fileURLWithPath: $0, isDirectory: true) }
      ?? options.siteURL.appendingPathComponent("Output", isDirectory: true)
    let clock = ContinuousClock()
    let start = clock.now
    SignalHandling.install()
    let hadOutput = FileManager.default.fileExists(atPath: outputURL.path)
    let writer = OutputWriter(hooks: FaultInjection.hooks)
    let result = try Console.runStage { () throws(BuildFailure) in
      try BuildPipeline.build(
        siteRoot: options.siteURL, output: outputURL, strict: options.strict, jobs: options.jobs,
        overrides: options.overrides(baseURL: baseURL), force: force,
        writer: writer, stamps: InputStamps.defaultFolder(), exitsAfter: true)
    }
    for note in result.notes { Console.printError("note: \(note)") }
    Console.report(result, options: options)
    if result.failed(strict: options.strict) {
      Console.summary(
        result, strict: options.strict,
        action: hadOutput
          ? "build failed; \(outputURL.path) was left as it was"
          : "build failed; nothing was written (there was no previous output at \(outputURL.path))")
      throw ExitCode(1)
    }
    if !options.quiet, let written = result.written {
      let seconds = (clock.now - start).formatted(
        .units(allowed: [.seconds], fractionalPart: .show(length: 2)))
      Console.success(
        "Built \(result.pageCount) pages (\(written.fileCount) files, \(written.byteCount) bytes, \(written.unchangedCount) unchanged; search index \(result.searchIndexBytes) bytes) into \(outputURL.path) in \(seconds)"
          + Console.warningSuffix(result), options: options)
      for line in Console.details(result, options: options) {
        Console.success(line, options: options)
      }
    }
  }
}
