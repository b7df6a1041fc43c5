/// What changed since the build that left the memory, as a stage tells the next one: either
/// anything (each page is then checked against its keys), or only the content of a few pages, in
/// a way no other page shows.
///
/// A stage says `.only` when it can prove it from its own input and memory, and the next stage may
/// then take every other page's result from its memory without checking any key: the scan when a
/// file watcher named every file written since the last scan and none is new or gone (the paths
/// are then of files, not only pages); the loader when
/// only page bodies changed (front matter and title heading as they were, the dataset, theme,
/// settings, assets and list of pages the same); the router when, besides, the settings after the
/// command line's overrides are the same and the edited pages kept their anchors; the linker when,
/// besides, the edited pages refer to the same entities (so every backlink stays). Anything else
/// is `.unknown`. `IncrementalRebuildTests` compares every rebuild with a clean build, so a case
/// this reasoning missed fails there.
public enum PageChanges: Equatable, Sendable {
  case unknown
  /// The paths of the files or pages whose content changed (source paths from the scan and the
  /// loader, output paths after routing).
  case only(Set<String>)
  /// Only these pages' content and titles changed (their other front matter, their routes and
  /// everything around them did not): what a page title edit is. Other pages show titles, so the
  /// render checks every page; the router and linker still redo only what the edit reaches.
  case titles(Set<String>)

  /// Whether `path`'s result may differ from the last build's.
  func mayHaveChanged(_ path: String) -> Bool {
    switch self {
    case .unknown: true
    case .only(let paths), .titles(let paths): paths.contains(path)
    }
  }

  /// The changed pages, and whether more than their content changed (`.titles`); nil when
  /// anything may have.
  var pages: (paths: Set<String>, retitled: Bool)? {
    switch self {
    case .unknown: nil
    case .only(let paths): (paths, false)
    case .titles(let paths): (paths, true)
    }
  }
}
