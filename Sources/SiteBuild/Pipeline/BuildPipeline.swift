import Dataset
import DatasetExport
import Diagnostics
import Foundation

/// Builds a site in five stages. Each stage's output type is the next stage's input, so the
/// compiler holds the order:
///
/// | stage | input | what it does | output |
/// | --- | --- | --- | --- |
/// | 1. ``SourceScanner`` | the site root (`URL`) | reads `demarc.yaml`, `Content/` and the theme | ``SourceSet`` |
/// | 2. ``SiteLoader`` | ``SourceSet`` | decodes; parses front matter, Markdown, the dataset (validated) and templates | ``LoadedSite`` |
/// | 3a. ``SiteRouter`` | ``LoadedSite`` | routes pages, binds and generates entity, reference and section pages, assigns heading ids and anchors | ``RoutedSite`` |
/// | 3b. ``LinkResolver`` | ``RoutedSite`` | resolves and checks every link, image and directive; gathers backlinks | ``ResolvedSite`` |
/// | 4. ``SiteRenderer`` | ``ResolvedSite`` | renders pages through the theme, plus search, navigation, the one-page view, sitemap and the dataset's exports | ``RenderedSite`` |
/// | 5. ``OutputWriter`` | ``RenderedSite`` | writes a staging folder and swaps it in | ``OutputWriter/Report`` |
///
/// One page's way through: a ``SourceFile`` in the ``SourceSet`` becomes a ``LoadedPage`` (front
/// matter and a Markdown tree; in a one-off build only the tree's ``PageOutline`` and the page's
/// Markdown, which the render parses again), then a ``ResolvedPage`` in the ``RoutedSite`` (its
/// output path, entity, heading ids and anchors), the same page with its links rewritten in the
/// ``ResolvedSite``, then an ``OutputFile`` of HTML in the ``RenderedSite``.
///
/// Only stages 1 and 5 touch the disk. `check` runs stages 1 to 4; `build` runs stage 5 only when
/// there are no errors (and, under `strict`, no warnings), so a failed build leaves the previous
/// output untouched. Stage 5 opens its staging folder before stage 4 (``StagedOutput``) and the
/// render hands it each file as it is made, so the pages' HTML never sits in memory all at once;
/// the staging folder is swapped in only after the render, or removed.
///
/// `build` also fingerprints the ``SourceSet`` (``InputDigest``) and skips stages 2 to 5 when the
/// output already holds the result of the same inputs (``BuildRecord``); before that, when the
/// inputs' saved stamps all still hold (``InputStamps``), it skips the scan too.
public enum BuildPipeline {
  public struct Result: Sendable {
    /// Sorted by file and position.
    public var diagnostics: [Diagnostic]
    public var pageCount: Int
    public var datasetSummary: DatasetSummary?
    public var searchIndexBytes: Int = 0
    /// Set when the output was written.
    public var written: OutputWriter.Report?
    /// What was settled from an interrupted earlier build (a restored output, a removed staging
    /// folder), for the user to read.
    public var notes: [String] = []
    /// The folders the scan read (content and themes), relative to the site root or absolute: what
    /// a watcher must watch besides the root.
    public var inputFolders: [String] = []
    /// How long each stage took.
    public var times = StageTimes()
    /// How many edited pages were patched into the output in place of a build (``OutputPatch``).
    public var patched = 0

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    public func failed(strict: Bool) -> Bool {
      Self.fails(errors: errorCount, warnings: warningCount, strict: strict)
    }

    /// The one rule: any error fails a build, and under `strict` any warning too.
    static func fails(errors: Int, warnings: Int, strict: Bool) -> Bool {
      errors > 0 || (strict && warnings > 0)
    }
  }

  /// Runs stages 1 to 4 in memory.
  ///
  /// - Parameters:
  ///   - jobs: threads for per-page work; nil means one per core. The output is the same for every
  ///     value.
  ///   - overrides: command-line settings on top of `demarc.yaml` (base URL, drafts).
  public static func check(
    siteRoot: URL, jobs: Int? = nil, overrides: BuildOverrides = BuildOverrides()
  ) throws(BuildFailure) -> (Result, RenderedSite) {
    var memory = BuildMemory.oneOff
    return try check(siteRoot: siteRoot, jobs: jobs, overrides: overrides, memory: &memory)
  }

  /// Stages 1 to 4, redoing only the work whose input changed since the build that left `memory`
  /// (see ``BuildMemory``); the result is the same as with an empty memory.
  ///
  /// - Parameter changed: the absolute paths a file watcher saw change since that build, when it
  ///   knows every one; the scan then reads only those.
  public static func check(
    siteRoot: URL, jobs: Int? = nil, overrides: BuildOverrides = BuildOverrides(), memory: inout BuildMemory,
    changed: Set<String>? = nil
  ) throws(BuildFailure) -> (Result, RenderedSite) {
    var times = StageTimes()
    let sources = times.time("scan") {
      SourceScanner.scan(siteRoot: siteRoot, memory: &memory.scan, changed: changed)
    }
    var (result, rendered) = run(
      sources, jobs: jobs ?? Parallel.defaultJobs, overrides: overrides, memory: &memory, times: times)
    result.inputFolders = sources.inputFolders
    return (result, rendered)
  }

  /// Stages 2 to 4 on a site assembled in memory (tests, the fuzzer): the same result as a scan of
  /// the same files would give.
  public static func check(_ sources: SourceSet, jobs: Int = 1) -> (Result, RenderedSite) {
    var memory = BuildMemory.oneOff
    return run(sources, jobs: jobs, overrides: BuildOverrides(), memory: &memory)
  }

  /// Stages 2 to 4, on what the scan read.
  private static func run(
    _ sources: SourceSet, jobs: Int, overrides: BuildOverrides, memory: inout BuildMemory,
    times: StageTimes = StageTimes()
  ) -> (Result, RenderedSite) {
    var times = times
    let (resolved, found) = resolve(sources, jobs: jobs, overrides: overrides, memory: &memory, times: &times)
    return render(consume resolved, found: found, jobs: jobs, memory: &memory, times: times)
  }

  /// Stages 2 to 3b, with everything they found; whether the content fails is known from here on:
  /// the render stage reports only a page whose file changed since the scan, or could not be read
  /// again (``DeferredMarkdown``), which fails a build whose output is then never swapped in.
  ///
  /// The sources are taken, and let go once loaded: a one-off build reads each page's bytes again
  /// when it renders the page, so none is held between the load and the render.
  private static func resolve(
    _ sources: consuming SourceSet, jobs: Int, overrides: BuildOverrides, memory: inout BuildMemory,
    times: inout StageTimes
  ) -> (ResolvedSite, DiagnosticBag) {
    let scanDiagnostics = sources.diagnostics
    let loading = ContinuousClock.now
    var loaded = SiteLoader.load(sources, jobs: jobs, memory: &memory.load)
    _ = consume sources
    times.record("load", since: loading)
    overrides.apply(to: &loaded.config)
    let loadDiagnostics = loaded.diagnostics
    // Each stage's input is let go as the next takes it, so a page's parts die as they are used.
    let routing = ContinuousClock.now
    let routed = SiteRouter.route(consume loaded, jobs: jobs, memory: &memory.resolve)
    times.record("route", since: routing)
    let routeDiagnostics = routed.diagnostics
    let linking = ContinuousClock.now
    let resolved = LinkResolver.resolve(consume routed, jobs: jobs, memory: &memory.resolve)
    times.record("link", since: linking)
    // Each stage reports only what it found; here, and only here, they are gathered.
    var bag = DiagnosticBag()
    for stage in [scanDiagnostics, loadDiagnostics, routeDiagnostics, resolved.diagnostics] {
      bag.append(contentsOf: stage)
    }
    return (resolved, bag)
  }

  /// Stage 4, handing each file to `sink` when there is one.
  ///
  /// The site is taken, so a one-off render can let each page's tree go once the page is drawn.
  private static func render(
    _ resolved: consuming ResolvedSite, found: DiagnosticBag, jobs: Int, memory: inout BuildMemory,
    times: StageTimes, sink: OutputSink? = nil
  ) -> (Result, RenderedSite) {
    var times = times
    let start = ContinuousClock.now
    let rendered = SiteRenderer.render(consume resolved, jobs: jobs, memory: &memory.render, sink: sink)
    times.record("render", since: start)
    var bag = found
    bag.append(contentsOf: rendered.diagnostics)
    var result = Result(
      diagnostics: bag.sorted, pageCount: rendered.pageCount, datasetSummary: rendered.datasetSummary,
      searchIndexBytes: rendered.searchIndexBytes, written: nil)
    result.times = times
    return (result, rendered)
  }

  /// The site's dataset and settings, scanned and loaded without its pages: for `demarc export`.
  /// A folder that holds only a dataset is a complete input here, so the scan's "no pages" finding
  /// is left out; every other problem reading the files is kept.
  public static func dataset(siteRoot: URL) -> (Dataset, SiteConfig, [Diagnostic]) {
    let sources = SourceScanner.scan(siteRoot: siteRoot)
    let (dataset, config, diagnostics) = SiteLoader.dataset(sources)
    var bag = DiagnosticBag()
    bag.append(contentsOf: sources.diagnostics.filter { $0.code != .emptySite } + diagnostics)
    return (dataset, config, bag.sorted)
  }

  /// The exports of a dataset, as this version of demarc writes them.
  public static func exports(of dataset: Dataset, config: SiteConfig) -> DatasetExports {
    DatasetExports(dataset: dataset, generator: InputDigest.formatVersion, title: config.title)
  }

  /// Runs all five stages; writes only when the content passes.
  ///
  /// - Parameters:
  ///   - writer: the write stage; tests pass one with a failing disk or fault hooks.
  ///   - stamps: where the inputs' stamps are kept between builds (``InputStamps``), so a build
  ///     with nothing changed need not read the inputs; nil keeps none. The CLI passes
  ///     ``InputStamps/defaultFolder()``.
  ///   - exitsAfter: true when the process exits once the build returns (the CLI): what the build
  ///     held is then left for the exit to take back instead of being freed (``ExitKeeper``).
  public static func build(
    siteRoot: URL, output: URL, strict: Bool, jobs: Int? = nil, overrides: BuildOverrides = BuildOverrides(),
    force: Bool = false,
    writer: OutputWriter = OutputWriter(), stamps stampsFolder: URL? = nil, exitsAfter: Bool = false
  ) throws(BuildFailure) -> Result {
    var times = StageTimes()
    let context = InputStamps.contextFingerprint(siteRoot: siteRoot, overrides: overrides)
    let stampsFile = stampsFolder.map { InputStamps.file(in: $0, for: output) }
    var notes: [String] = []
    if !force, let stampsFile, let stampsFolder {
      let (done, settled) = try byStamps(
        stampsFile, ledger: PatchLedger.file(in: stampsFolder, for: output), siteRoot: siteRoot,
        output: output, strict: strict, context: context, writer: writer, exitsAfter: exitsAfter,
        times: &times)
      if let done { return done }
      notes = settled
    }
    let startedAt = ScanMemory.now()
    let sources = times.time("scan") { SourceScanner.scan(siteRoot: siteRoot) }
    try checkOverlap(siteRoot: siteRoot, output: output, inputFolders: sources.inputFolders)
    // Before the record is trusted: an interrupted build may have left the output half swapped.
    notes += try OutputWriter.recoverInterrupted(at: output)
    let digestParts = times.time("fingerprint") { InputDigest.parts(of: sources, overrides: overrides) }
    let digest = digestParts.hex
    // Taken after the scan, but refused if any file was written since it started, so they never
    // vouch for bytes the scan did not read.
    let stamps =
      stampsFile == nil
      ? nil
      : times.time("stamps") {
        InputStamps.take(
          roots: InputStamps.roots(siteRoot: siteRoot, inputFolders: sources.inputFolders), digest: digest,
          context: context, startedAt: startedAt)
      }
    // Nothing changed since the last successful build, and its output is intact: report what
    // that build reported and write nothing (but the stamps, when they had gone stale, so the next
    // such build needs no scan).
    if !force, let record = OutputWriter.previousRecord(at: output), record.inputDigest == digest,
      times.time("output check", { OutputWriter.isIntact(output, as: record) })
    {
      if let stamps, let stampsFile, InputStamps.read(stampsFile) != stamps { stamps.save(to: stampsFile) }
      return reported(record, notes: notes, strict: strict, times: times)
    }
    var memory = BuildMemory.oneOff
    memory.render.keepsLedger = stampsFile != nil
    let jobs = jobs ?? Parallel.defaultJobs
    let (resolved, found) = resolve(
      consume sources, jobs: jobs, overrides: overrides, memory: &memory, times: &times)
    let failing = Result.fails(errors: found.errorCount, warnings: found.warningCount, strict: strict)
    // A build that will be written renders into the staging folder, page by page, so no page waits
    // in memory for the rest (the write stage opens before the render and finishes after it).
    let staged = failing ? nil : try writer.stage(at: output)
    var (result, rendered) = render(
      consume resolved, found: found, jobs: jobs, memory: &memory, times: times, sink: staged)
    result.notes = notes + (staged?.notes ?? [])
    guard let staged, !result.failed(strict: strict) else { return result }
    let tally = staged.tally
    let record = BuildRecord(
      inputDigest: digest, pageCount: result.pageCount, searchIndexBytes: result.searchIndexBytes,
      fileCount: tally.files + rendered.files.count,
      byteCount: tally.bytes + rendered.files.reduce(0) { $0 + $1.bytes.count },
      diagnostics: result.diagnostics, datasetSummary: result.datasetSummary)
    let written = try result.times.time("write") { () throws(BuildFailure) in
      try writer.finish(staged, with: rendered, record: record)
    }
    // Once the output is in place: stamps that outlive a kill before this line name the old
    // record's digest, which no longer matches, so they are never trusted.
    if let stampsFile, let stampsFolder {
      let ledgerFile = PatchLedger.file(in: stampsFolder, for: output)
      if let stamps, var ledger = rendered.ledger {
        ledger.recordDigest = digest
        ledger.digestParts = digestParts
        result.times.time("save") {
          ledger.save(to: ledgerFile, roots: stamps.roots)
          stamps.save(to: stampsFile)
        }
      } else {
        InputStamps.remove(stampsFile)
        InputStamps.remove(ledgerFile)
      }
    }
    result.written = written
    if exitsAfter { ExitKeeper.keep((rendered, memory, staged)) }
    return result
  }

  /// What the build that left `record` reported, for a build that found nothing to do.
  static func reported(_ record: BuildRecord, notes: [String], strict: Bool, times: StageTimes)
    -> Result
  {
    let report = OutputWriter.Report(
      fileCount: record.fileCount + 1, byteCount: record.byteCount + record.text.utf8.count,
      unchangedCount: record.fileCount + 1)
    var result = Result(
      diagnostics: record.diagnostics, pageCount: record.pageCount, datasetSummary: record.datasetSummary,
      searchIndexBytes: record.searchIndexBytes, written: report, notes: notes)
    result.times = times
    return result.failed(strict: strict)
      ? Result(diagnostics: result.diagnostics, pageCount: result.pageCount, notes: notes) : result
  }

  /// Refuses an output folder inside the content or a theme folder the scan read, or one that
  /// contains them or the site root.
  static func checkOverlap(siteRoot: URL, output: URL, inputFolders: [String]) throws(BuildFailure) {
    let outputPath = canonical(output)
    let root = canonical(siteRoot)
    if root == outputPath || root.hasPrefix(outputPath + "/") {
      throw .overlappingOutput(output: outputPath, other: "the site root \(root)")
    }
    for folder in inputFolders {
      let other = canonical(
        folder.hasPrefix("/") ? URL(fileURLWithPath: folder) : siteRoot.appendingPathComponent(folder))
      if outputPath == other || outputPath.hasPrefix(other + "/") || other.hasPrefix(outputPath + "/") {
        throw .overlappingOutput(output: outputPath, other: other)
      }
    }
  }

  /// The absolute path with `..` and every link resolved, also below a part that does not exist
  /// yet, so `alias/Output` with `alias -> Content` is seen as inside `Content/`.
  private static func canonical(_ url: URL) -> String {
    let path = url.standardizedFileURL.path
    return OutputLocation.resolve(path) ?? path
  }
}
