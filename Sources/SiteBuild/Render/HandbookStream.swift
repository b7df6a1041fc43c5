import SiteTheme

/// The one-page view of a one-off build that writes as it goes, drawn while the pages render, so
/// the site's page bodies are never all in memory: at 10,000 pages they are about 70 MB, most of
/// what such a build would otherwise hold at its peak.
///
/// The pages render volume by volume (``renderOrder``). Whether the view splits depends on the
/// size of every body (``HandbookVolumes``), so the bodies wait here until they pass the limit;
/// from then on the view does split, and every volume whose pages have all rendered is drawn,
/// handed to the sink and let go. A view that never passes the limit is drawn whole at the end,
/// as ``HandbookBuilder`` draws it, from bodies that together stay under the limit. Either way the
/// files are the ones ``HandbookBuilder/build(memory:)`` makes from every body at once: a volume's
/// sections depend on the other pages only through their anchors, which are known before any page
/// renders.
struct HandbookStream {
  private let builder: HandbookBuilder
  private let drawsFacts: (ResolvedPage) -> Bool
  /// The volumes the view has if it splits (every page the view shows is in one), and, by volume
  /// file, the pages of each still to render, until the volume is drawn.
  private let volumes: HandbookVolumes
  private var waiting: [String: Set<String>] = [:]
  private var bodies: [String: RenderedPart] = [:]
  private var facts: [String: RenderedPart] = [:]
  private var bytes = 0
  private var anchors: [String: Set<String>]?
  private var targets: HandbookTargets?
  private(set) var memory: HandbookBuilder.Memory

  /// - Parameters:
  ///   - builder: the view's builder, without bodies; its sink receives the volumes.
  ///   - drawsFacts: whether the site draws a page's facts (so its section shows their anchors).
  init(
    builder: HandbookBuilder, drawsFacts: @escaping (ResolvedPage) -> Bool, memory: HandbookBuilder.Memory
  ) {
    self.builder = builder
    self.drawsFacts = drawsFacts
    self.memory = memory
    let site = builder.site
    volumes = HandbookVolumes(splitting: builder.navigation.readingOrder) { site.page(at: $0)?.title }
    for volume in volumes.volumes { waiting[volume.fileName] = Set(volume.pages) }
  }

  /// The site's page indices in the order to render them: each volume's pages, then the pages the
  /// view does not show.
  func renderOrder() -> [[Int]] {
    let site = builder.site
    var groups = volumes.volumes.map { $0.pages.compactMap { site.indexByPath[$0] } }
    groups.append(site.pages.indices.filter { volumes.fileOf[site.pages[$0].outputPath] == nil })
    return groups.filter { !$0.isEmpty }
  }

  /// Takes the bodies and facts of pages just rendered, and draws every volume they complete once
  /// the view is known to split.
  mutating func add(_ parts: [(path: String, body: RenderedPart, facts: RenderedPart?)]) {
    for part in parts {
      guard let file = volumes.fileOf[part.path] else { continue }
      bodies[part.path] = part.body
      facts[part.path] = part.facts
      bytes += part.body.bytes + (part.facts?.bytes ?? 0)
      waiting[file]?.remove(part.path)
    }
    guard bytes > builder.volumeLimit else { return }
    for volume in volumes.volumes where waiting[volume.fileName]?.isEmpty == true { draw(volume) }
  }

  /// The view's files not yet handed over: the contents of a split view (its volumes are all
  /// drawn by now), or the whole view.
  mutating func finish() -> [OutputFile] {
    guard bytes > builder.volumeLimit else {
      var whole = builder
      whole.bodies = bodies
      whole.facts = facts
      return whole.build(memory: &memory)
    }
    for volume in volumes.volumes where waiting[volume.fileName] != nil { draw(volume) }
    // What the ledger reads to know the view is split, as the builder leaves it.
    memory.volumes = volumes
    return [builder.contentsFile(frame: frame ?? builder.frame(volumes: volumes))]
  }

  /// The split view's cover and contents, made for the first volume drawn.
  private var frame: HandbookView?

  private mutating func draw(_ volume: HandbookVolumes.Volume) {
    let anchors = anchors ?? builder.anchors(drawsFacts: drawsFacts)
    let frame = frame ?? builder.frame(volumes: volumes)
    let targets = targets ?? HandbookTargets(site: builder.site, volumes: volumes)
    (self.anchors, self.frame, self.targets) = (anchors, frame, targets)
    var drawing = builder
    drawing.bodies = bodies.filter { volumes.fileOf[$0.key] == volume.fileName }
    drawing.facts = facts.filter { volumes.fileOf[$0.key] == volume.fileName }
    let file = drawing.volumeFile(
      volume, anchors: anchors, volumes: volumes, targets: targets, frame: frame, memory: &memory)
    builder.sink?.put(file)
    waiting[volume.fileName] = nil
    for path in volume.pages {
      bodies[path] = nil
      facts[path] = nil
    }
  }
}
