/// How the single-page view splits when it would be too big to open: one volume per top-level
/// section, each its own file, with `handbook.html` as the contents that links to them.
///
/// The decision is made from the size of the pages' bodies, before any section is written, so the
/// links inside the sections can already point at the right volume. Below ``limit`` there is one
/// file, as for any ordinary site.
struct HandbookVolumes: Equatable, Sendable {
  /// About what a browser opens and prints without strain.
  static let limit = 5 * 1024 * 1024
  static let filePrefix = "handbook-"

  struct Volume: Equatable, Sendable {
    /// `handbook-services.html`.
    var fileName: String
    var title: String
    /// Output paths, in reading order.
    var pages: [String]
  }

  let volumes: [Volume]
  /// Each page's volume file.
  let fileOf: [String: String]

  /// Whether `path` is a name volumes may take, which no authored file may use.
  static func isReserved(_ path: String) -> Bool {
    let lower = path.lowercased()
    return lower.hasPrefix(filePrefix) && lower.hasSuffix(".html") && !lower.contains("/")
  }

  /// The volumes for pages in `order`, or nil when the bodies together stay under `limit`.
  init?(order: [String], bodyBytes: Int, limit: Int = Self.limit, title: (String) -> String?) {
    guard bodyBytes > limit else { return nil }
    self.init(splitting: order, title: title)
  }

  /// The volumes for pages in `order`, whatever their size.
  init(splitting order: [String], title: (String) -> String?) {
    var volumes: [Volume] = []
    var position: [String: Int] = [:]
    var fileOf: [String: String] = [:]
    for path in order {
      // The home page and the top-level pages open the first volume; each top-level folder is one.
      let folder = path.contains("/") ? String(path.prefix { $0 != "/" }) : ""
      if position[folder] == nil {
        position[folder] = volumes.count
        let name = folder.isEmpty ? "start" : folder
        volumes.append(
          Volume(
            fileName: Self.filePrefix + name + ".html",
            title: folder.isEmpty
              ? title(OutputPath.home) ?? "Start" : title(OutputPath.folderIndex(of: folder)) ?? name,
            pages: []))
      }
      let index = position[folder] ?? 0
      volumes[index].pages.append(path)
      fileOf[path] = volumes[index].fileName
    }
    self.volumes = volumes
    self.fileOf = fileOf
  }
}
