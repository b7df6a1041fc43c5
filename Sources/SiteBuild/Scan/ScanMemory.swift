#if canImport(Glibc)
  import Glibc
#endif

/// The bytes of every file one scan read, with their stamps, so the next scan of the same site
/// reads again only the files whose stamp changed (`demarc serve` keeps one between rebuilds).
///
/// Reuse is safe only for a stamp the file clock has moved past: a file written in the same clock
/// tick as the scan that read it could be written again without its stamp changing. Such files are
/// marked *racy* and read again next time, which costs one read each.
public struct ScanMemory: Sendable {
  struct Entry: Sendable {
    var stamp: FileStamp
    var bytes: [UInt8]
    /// Written too close to the scan that read it for its stamp to prove it unchanged.
    var racy: Bool
  }

  /// How far a stamp must lie behind the scan's start to be trusted: well above the coarsest kernel
  /// clock tick (10 ms at HZ=100).
  static let safetyMargin: Int64 = 50_000_000
  /// The margin for a file system whose clocks keep whole seconds (``FileStamp/looksCoarse``):
  /// FAT's are two seconds apart.
  static let coarseSafetyMargin: Int64 = 2_000_000_000

  var entries: [String: Entry] = [:]
  /// When the scan that filled `entries` started, on the file clock (`CLOCK_REALTIME`).
  var startedAt: Int64 = 0
  /// How many files the last scan read from disk rather than reusing; for tests and `--verbose`.
  public internal(set) var filesRead = 0

  /// The last scan's result, for a rescan of only the files a watcher names (``SourceScanner``).
  var last: SourceSet?
  /// The root that scan started from, and whether it met a symbolic link (one file reachable by
  /// two paths, while a watcher names only one).
  var root = ""
  var sawLinks = false
  /// Where each file of `last` that is on disk sits in it, by absolute path.
  var places: [String: Place] = [:]

  /// A file's group in a ``SourceSet`` and its index there.
  enum Place: Sendable {
    case page(Int), data(Int), contentAsset(Int), template(Int), themeAsset(Int)
  }

  /// False for a one-off scan, which keeps no result for a next one.
  var recording = true

  public init() {}

  /// Keeps `sources` as the last scan's result, with where each of its files sits.
  mutating func remember(_ sources: SourceSet, root: String, sawLinks: Bool) {
    last = sources
    self.root = root
    self.sawLinks = sawLinks
    places = [:]
    func note(_ files: [SourceFile], _ place: (Int) -> Place) {
      for (index, file) in files.enumerated() where !file.path.hasPrefix(BuiltInTheme.folder + "/") {
        places[file.path.hasPrefix("/") ? file.path : root + "/" + file.path] = place(index)
      }
    }
    note(sources.pages, Place.page)
    note(sources.data, Place.data)
    note(sources.contentAssets, Place.contentAsset)
    note(sources.templates, Place.template)
    note(sources.themeAssets, Place.themeAsset)
  }

  /// The bytes kept for `path` if its current stamp proves them current.
  func reusable(_ path: String, stamp: FileStamp) -> [UInt8]? {
    guard let entry = entries[path], !entry.racy, entry.stamp == stamp else { return nil }
    return entry.bytes
  }

  static func now() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
  }
}
