/// The stamp of every file below some folders, for a watcher that polls: two snapshots differ
/// exactly when a file was added, removed, renamed or written. Names the scan skips are skipped
/// here too (``EditorFiles``), and so are the folders in `excluded` (the output).
public struct FolderSnapshot: Equatable, Sendable {
  private var stamps: [String: FileStamp] = [:]

  public init(roots: [String], excluded: Set<String>) {
    var visited: Set<FileSystem.Identity> = []
    for root in roots { collect(root, excluded: excluded, visited: &visited, depth: 0) }
  }

  public var fileCount: Int { stamps.count }

  private mutating func collect(
    _ path: String, excluded: Set<String>, visited: inout Set<FileSystem.Identity>, depth: Int
  ) {
    guard !excluded.contains(path), depth < 64, let (identity, kind, stamp) = FileSystem.status(path) else {
      return
    }
    switch kind {
    case .file: stamps[path] = stamp
    case .directory:
      guard visited.insert(identity).inserted else { return }
      for name in (try? FileSystem.names(in: path)) ?? [] where !EditorFiles.isIgnored(name) {
        collect(path + "/" + name, excluded: excluded, visited: &visited, depth: depth + 1)
      }
    case .symbolicLink, .other: return
    }
  }
}
