/// What the stages keep between two builds of the same site in one process (`demarc serve`), so a
/// rebuild reads the files whose stamp changed (or only those a watcher named), parses the pages
/// whose bytes changed and renders the pages whose template context changed; after body-only edits
/// and retitlings each stage patches its last result in place (``PageChanges``). Each stage's part
/// says what it keys on; the output is byte-identical to a build with an empty memory.
public struct BuildMemory: Sendable {
  public var scan = ScanMemory()
  public var load = LoadMemory()
  public var resolve = ResolveMemory()
  public var render = RenderMemory()

  public init() {}

  /// A memory for one build only: each stage's part is dropped once the next stage has its input,
  /// and the render keeps nothing.
  static var oneOff: BuildMemory {
    var memory = BuildMemory()
    memory.load.recording = false
    memory.resolve.recording = false
    memory.render.recording = false
    return memory
  }

  var recording: Bool { render.recording }
}
