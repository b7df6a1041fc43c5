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

  @Test(arguments: [1, 3])
  func aStreamedRenderHandsOverExactlyTheFilesItWouldKeep(jobs: Int) throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let resolved = LinkResolver.resolve(SiteLoader.load(SourceScanner.scan(siteRoot: site.root)))
    let kept = SiteRenderer.render(resolved, jobs: jobs)
    #expect(kept.files.count > 20, "the fixture renders a real site")

    let collector = Collector()
    var memory = RenderMemory(recording: false)
    let streamed = SiteRenderer.render(resolved, jobs: jobs, memory: &memory, sink: collector)
    #expect(streamed.files.isEmpty, "no file waits in memory once handed over")
    #expect(collector.repeats.withLock { $0 } == 0, "each file is handed over once")
    let handed = collector.files.withLock { $0 }
    #expect(handed == Dictionary(uniqueKeysWithValues: kept.files.map { ($0.path, $0.bytes) }))
    #expect(streamed.searchIndexBytes == kept.searchIndexBytes && streamed.pageCount == kept.pageCount)
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
