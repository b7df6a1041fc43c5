import Foundation
import Synchronization
import Testing

@testable import SiteBuild

/// A render with a sink hands every file over as it is made and keeps none, and the files are the
/// ones a render without a sink keeps: streaming changes where the bytes wait, not what they are.
@Suite struct StreamedRenderTests {
  /// Collects what the render hands over, from any thread.
  final class Collector: OutputSink {
    let files = Mutex<[String: [UInt8]]>([:])
    let repeats = Mutex(0)

    func put(_ file: OutputFile) {
      files.withLock { files in
        if files.updateValue(file.bytes, forKey: file.path) != nil { repeats.withLock { $0 += 1 } }
      }
    }
  }

  /// With the one-page view split (a limit of one byte) the view is drawn while the pages render
  /// (``HandbookStream``), volume by volume; its files, and where the ledger finds each body in
  /// them, are those of a render that draws it from every body at the end.
  @Test(arguments: [1, 3], [false, true])
  func aStreamedRenderHandsOverExactlyTheFilesItWouldKeep(jobs: Int, split: Bool) throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let resolved = LinkResolver.resolve(SiteLoader.load(SourceScanner.scan(siteRoot: site.root)))
    func memory() -> RenderMemory {
      var memory = RenderMemory(recording: false)
      memory.keepsLedger = true
      if split { memory.handbookVolumeLimit = 1 }
      return memory
    }
    var keeping = memory()
    let kept = SiteRenderer.render(resolved, jobs: jobs, memory: &keeping)
    #expect(kept.files.count > 20, "the fixture renders a real site")
    let volumes = kept.files.filter { HandbookVolumes.isReserved($0.path) }.count
    #expect(split ? volumes > 3 : volumes == 0)

    let collector = Collector()
    var streaming = memory()
    let streamed = SiteRenderer.render(resolved, jobs: jobs, memory: &streaming, sink: collector)
    #expect(streamed.files.isEmpty, "no file waits in memory once handed over")
    #expect(collector.repeats.withLock { $0 } == 0, "each file is handed over once")
    let handed = collector.files.withLock { $0 }
    #expect(handed == Dictionary(uniqueKeysWithValues: kept.files.map { ($0.path, $0.bytes) }))
    #expect(streamed.searchIndexBytes == kept.searchIndexBytes && streamed.pageCount == kept.pageCount)
    let (keptLedger, streamedLedger) = (try #require(kept.ledger), try #require(streamed.ledger))
    #expect(keptLedger.sections.values.reduce(0) { $0 + $1.count } > 3, "bodies are placed in the view")
    #expect(streamedLedger.sections == keptLedger.sections)
    #expect(
      streamedLedger.split == split && keptLedger.split == split, "a patch keeps the view split or whole")
    #expect(streamedLedger.bodyBytes == keptLedger.bodyBytes)
    #expect(streamedLedger.pages.mapValues(\.handbookFile) == keptLedger.pages.mapValues(\.handbookFile))
    #expect(streamedLedger.pages.mapValues(\.fills) == keptLedger.pages.mapValues(\.fills))
  }

  /// A recording memory (serve) keeps its pages, so it takes no sink.
  @Test func aRecordingRenderKeepsItsFiles() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let resolved = LinkResolver.resolve(SiteLoader.load(SourceScanner.scan(siteRoot: site.root)))
    let collector = Collector()
    var memory = RenderMemory()
    let rendered = SiteRenderer.render(resolved, memory: &memory, sink: collector)
    #expect(!rendered.files.isEmpty && collector.files.withLock { $0.isEmpty })
  }
}
