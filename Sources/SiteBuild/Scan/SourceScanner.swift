import Diagnostics
import Foundation

/// Stage 1: reads the site from disk. The only stage besides ``OutputWriter`` that touches the file
/// system, so every later stage is a pure function of its input and can be tested on values; the
/// one exception is a one-off build's render reading a page again through ``readAgain(_:count:fingerprint:)``,
/// which either gives the bytes the scan read or fails.
///
/// Files are listed in sorted order, hidden files (`.name`) and editors' temporaries
/// (``EditorFiles``) are skipped, and a symbolic link is
/// followed only when its target stays inside the site root.
public enum SourceScanner {
  /// The dataset's folder inside the content folder.
  public static let dataSubfolder = "data"

  public static func scan(siteRoot: URL) -> SourceSet {
    var memory = ScanMemory()
    memory.recording = false
    return scan(siteRoot: siteRoot, memory: &memory)
  }

  /// The same scan, reusing the bytes of files `memory` holds whose stamp is unchanged, and leaving
  /// in `memory` what this scan read.
  ///
  /// - Parameter changed: every absolute path a file watcher saw an event for since the scan that
  ///   left `memory`, when it knows them all; the scan then reads only those files (``rescan``).
  ///   Nil means anything may have changed.
  public static func scan(siteRoot: URL, memory: inout ScanMemory, changed: Set<String>? = nil) -> SourceSet {
    let root = siteRoot.standardizedFileURL.resolvingSymlinksInPath()
    if let changed, let rescanned = rescan(changed, root: root.path, memory: &memory) { return rescanned }
    var walker = Walker(root: root, previous: memory)
    let sources = walk(&walker)
    let recording = memory.recording
    memory = walker.memory
    memory.recording = recording
    if recording { memory.remember(sources, root: root.path, sawLinks: walker.sawLinks) }
    return sources
  }

  /// The whole scan: the settings, the content and the theme, walked from the root.
  private static func walk(_ walker: inout Walker) -> SourceSet {

    let config = walker.readIfPresent(SiteConfig.fileName)
    let settings = SourceSet.settings(of: config, into: &walker.bag)
    let namedTheme = settings.theme
    let contentFolder = settings.content
    let (pages, data, contentAssets) = sortContent(
      walker.files(under: contentFolder), contentFolder: contentFolder)
    if pages.isEmpty { walker.reportNoPages(contentFolder: contentFolder) }
    // The theme the site names, or the one built in; the site's own Theme/ then overrides single
    // templates, partials and assets, which win over the base theme's files of the same name.
    let local = SiteConfig.localTheme
    let themeFolder = namedTheme ?? BuiltInTheme.folder
    var templates: [SourceFile]
    var themeAssets: [SourceFile]
    let builtIn = builtInFiles
    let builtInTemplates = builtIn.filter { $0.path.hasPrefix(BuiltInTheme.folder + "/templates/") }
    if let namedTheme {
      // A theme of its own replaces the built-in one, but the partials that draw demarc's tables,
      // diagrams and lists, and the Markdown of its generated pages, come from the built-in theme
      // until the theme has its own.
      let partials = builtInTemplates.filter {
        $0.path.hasPrefix(BuiltInTheme.folder + "/templates/partials/")
          || $0.path.hasPrefix(BuiltInTheme.folder + "/templates/pages/")
      }
      templates = Self.overlay(
        partials, with: walker.files(under: namedTheme + "/templates"), below: "/templates/")
      themeAssets = walker.files(under: namedTheme + "/assets")
    } else {
      templates = builtInTemplates
      themeAssets = builtIn.filter { $0.path.hasPrefix(BuiltInTheme.folder + "/assets/") }
    }
    if themeFolder != local {
      templates = Self.overlay(
        templates, with: walker.files(under: local + "/templates"), below: "/templates/")
      themeAssets = Self.overlay(themeAssets, with: walker.files(under: local + "/assets"), below: "/assets/")
    }
    var sources = SourceSet(
      config: config, settings: settings, pages: pages, data: data, contentAssets: contentAssets,
      templates: templates.filter { $0.path.hasSuffix(".mustache") }, themeAssets: themeAssets,
      themePath: themeFolder, contentFolder: contentFolder,
      inputFolders: [contentFolder, local] + (namedTheme.map { [$0] } ?? []),
      diagnostics: walker.bag.diagnostics)
    sources.pageOrigins = Dictionary(
      uniqueKeysWithValues: pages.compactMap { page in walker.origins[page.path].map { (page.path, $0) } })
    return sources
  }

  /// The bytes of the page the scan read at `origin` (an absolute path), read again for a one-off
  /// build's render (``DeferredMarkdown``): they must be the `count` bytes of the given fingerprint
  /// (``InputDigest/fingerprint(ofBytes:)``), or the page changed since the scan and the build
  /// must not mix it with what the other stages saw.
  static func readAgain(_ origin: String, count: Int, fingerprint: UInt64)
    -> Result<[UInt8], DeferredMarkdown.Unavailable>
  {
    let changed = DeferredMarkdown.Unavailable(reason: "it changed while the site was building; build again")
    do {
      // A file that grew (or was swapped for a large one) is refused before it is read.
      let bytes = try FileSystem.stampedContents(origin, size: count).bytes
      guard bytes.count == count, InputDigest.fingerprint(ofBytes: bytes[...]) == fingerprint else {
        return .failure(changed)
      }
      return .success(bytes)
    } catch is FileSystem.SizeChanged {
      return .failure(changed)
    } catch {
      return .failure(.init(reason: "it could not be read again to render it: \(FileSystem.describe(error))"))
    }
  }

  /// The built-in theme's files, named as diagnostics name them (`(built-in theme)/templates/…`).
  static var builtInFiles: [SourceFile] {
    BuiltInTheme.files.map {
      SourceFile(path: BuiltInTheme.folder + "/" + $0.path, bytes: Array($0.text.utf8))
    }
  }

  /// The content folder's files as pages, dataset files and assets: the one rule, for the scan and
  /// for sites assembled in memory.
  static func sortContent(_ files: [SourceFile], contentFolder: String) -> (
    pages: [SourceFile], data: [SourceFile], assets: [SourceFile]
  ) {
    let dataFolder = contentFolder + "/" + dataSubfolder + "/"
    var sorted: (pages: [SourceFile], data: [SourceFile], assets: [SourceFile]) = ([], [], [])
    for file in files {
      if file.path.hasPrefix(dataFolder) {
        sorted.data.append(file)
      } else if file.path.hasSuffix(".md") {
        sorted.pages.append(file)
      } else {
        sorted.assets.append(file)
      }
    }
    return sorted
  }

  /// `base` with every file of `overrides` replacing the one at the same path below `marker`.
  static func overlay(_ base: [SourceFile], with overrides: [SourceFile], below marker: String)
    -> [SourceFile]
  {
    func key(_ file: SourceFile) -> String { ThemePaths.relative(file.path, below: marker) }
    let replaced = Set(overrides.map(key))
    return (base.filter { !replaced.contains(key($0)) } + overrides).sorted { key($0) < key($1) }
  }
}

/// Lists and reads files below the site root, refusing links that leave it.
///
/// The walk always ends: each folder is listed at most once per walk, recognised by device and inode
/// after following links, so links back up the tree (or two ways into one folder) cannot make it loop
/// or grow exponentially. Only regular files are read; FIFOs, sockets and devices are left alone. A
/// file or folder that cannot be read is a diagnostic, so one run names all of them.
private struct Walker {
  var bag = DiagnosticBag()
  private let rootPath: String
  private let previous: ScanMemory
  /// What this walk read, for the next scan.
  private(set) var memory = ScanMemory()
  /// Whether the walk met a symbolic link, which makes one file reachable by two paths.
  private(set) var sawLinks = false
  /// The absolute path each file listed below a folder was read from, by its path from the root.
  private(set) var origins: [String: String] = [:]

  init(root: URL, previous: ScanMemory) {
    self.rootPath = root.path
    self.previous = previous
    memory.startedAt = ScanMemory.now()
  }

  /// The file at `relativePath`, or nil when nothing is there or it cannot be read (a diagnostic).
  mutating func readIfPresent(_ relativePath: String) -> SourceFile? {
    let path = rootPath + "/" + relativePath
    guard FileSystem.kind(path) != nil else { return nil }
    return read(path, relativePath: relativePath, stamp: FileSystem.status(path)?.stamp)
  }

  /// The file's bytes: those of the last scan when `stamp` proves them current, else read now.
  private mutating func read(_ path: String, relativePath: String, stamp: FileStamp?) -> SourceFile? {
    keep(Self.fetch(path, stamp: stamp, previous: previous), path: path, relativePath: relativePath)
  }

  /// What reading one file gave: the last scan's bytes, the bytes read now, or why it failed.
  enum Fetched: Sendable {
    case reused([UInt8], FileStamp)
    case read([UInt8], FileStamp)
    case failed(String)
  }

  /// The file's bytes, without touching the walk's state, so many files can be read at once.
  static func fetch(_ path: String, stamp: FileStamp?, previous: ScanMemory) -> Fetched {
    if let stamp, let bytes = previous.reusable(path, stamp: stamp) { return .reused(bytes, stamp) }
    do {
      let (bytes, stamp) = try FileSystem.stampedContents(path)
      return .read(bytes, stamp)
    } catch {
      return .failed(FileSystem.describe(error))
    }
  }

  /// Records what ``fetch(_:stamp:previous:)`` gave for the next scan (or the failure as a
  /// diagnostic), and the file for this one.
  private mutating func keep(_ fetched: Fetched, path: String, relativePath: String) -> SourceFile? {
    switch fetched {
    case .reused(let bytes, let stamp):
      memory.entries[path] = .init(stamp: stamp, bytes: bytes, racy: false)
      return SourceFile(path: relativePath, bytes: bytes)
    case .read(let bytes, let stamp):
      memory.filesRead += 1
      memory.entries[path] = .init(
        stamp: stamp, bytes: bytes, racy: stamp.isRacy(against: memory.startedAt))
      return SourceFile(path: relativePath, bytes: bytes)
    case .failed(let reason):
      bag.error(.unreadableFile, "cannot read this file: \(reason)", at: SourceLocation(file: relativePath))
      return nil
    }
  }

  /// Says why the site has no pages, in the words that fit what is on disk.
  mutating func reportNoPages(contentFolder: String) {
    let message: String
    let here = (try? FileSystem.names(in: rootPath)) ?? []
    let markdown = here.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
    if FileSystem.resolvedKind(rootPath + "/" + contentFolder) != nil {
      message = "\(contentFolder)/ holds no Markdown pages (*.md); add an index.md"
    } else if !markdown.isEmpty {
      message =
        "there is no \(contentFolder)/ folder, but the site root holds Markdown pages (\(markdown.prefix(3).joined(separator: ", "))): "
        + "it looks like a folder of pages itself. Point --site at the folder above it, or move the pages into \(contentFolder)/"
    } else if let folder = ["docs", "doc", "src", "content"].first(where: { name in
      here.contains(name)
        && ((try? FileSystem.names(in: rootPath + "/" + name)) ?? []).contains { $0.hasSuffix(".md") }
    }) {
      message =
        "there is no \(contentFolder)/ folder; to build the pages in \(folder)/, put 'content: \(folder)' in demarc.yaml"
    } else {
      message =
        "there is no \(contentFolder)/ folder with pages here; put Markdown files in \(contentFolder)/ (or name their folder with 'content:' in demarc.yaml). 'demarc init' writes a starting site"
    }
    bag.error(.emptySite, message, at: nil)
  }

  /// Every regular file below `folder` (relative to the root), sorted by path; none if it is absent.
  ///
  /// Two names that differ in their bytes but are the same text once Unicode-normalised (`café`
  /// written composed and decomposed) would be one key everywhere later, since Swift compares
  /// strings by canonical equivalence; the second is reported and left out here, once.
  mutating func files(under folder: String) -> [SourceFile] {
    var walk = Walk()
    if let (root, _) = FileSystem.resolvedKind(rootPath) { walk.visited[root] = "" }
    collect(folder, into: &walk, depth: 0)
    // The walk only lists; the files are read here, on every core, and kept in the walk's order.
    let previous = previous
    let fetched = Parallel.map(walk.found, jobs: Parallel.defaultJobs) {
      Self.fetch($0.path, stamp: $0.stamp, previous: previous)
    }
    var read: [(file: SourceFile, origin: String)] = []
    for (found, result) in zip(walk.found, fetched) {
      if let file = keep(result, path: found.path, relativePath: found.relative) {
        read.append((file, found.path))
      }
    }
    read.sort {
      $0.file.path != $1.file.path
        ? $0.file.path < $1.file.path : $0.file.path.utf8.lexicographicallyPrecedes($1.file.path.utf8)
    }
    var spelling: [String: String] = [:]
    var files: [SourceFile] = []
    files.reserveCapacity(read.count)
    for (file, origin) in read {
      guard let first = spelling[file.path] else {
        spelling[file.path] = file.path
        origins[file.path] = origin
        files.append(file)
        continue
      }
      bag.error(
        .routeCollision,
        "this file's name is the same as \(first) once Unicode-normalised (one is written with composed characters, the other decomposed); rename one of them. It was left out",
        at: SourceLocation(file: file.path))
    }
    return files
  }

  /// What one ``files(under:)`` call has found so far.
  private struct Walk {
    /// The regular files found, in the order found, to be read once the walk ends.
    var found: [(path: String, relative: String, stamp: FileStamp?)] = []
    /// Each folder listed so far, by identity, with the path it was first listed at.
    var visited: [FileSystem.Identity: String] = [:]
  }

  /// - Parameter listedAsFile: the folder's listing says this is a regular file; with nothing
  ///   kept from the last scan to reuse, it is then read without an `lstat` first (the read checks
  ///   that it is a regular file, and takes its stamp).
  private mutating func collect(
    _ relative: String, into walk: inout Walk, depth: Int, listedAsFile: Bool = false
  ) {
    // Relative to the root, or absolute (a shared theme named by its full path).
    let path = relative.hasPrefix("/") ? relative : rootPath + "/" + relative
    if listedAsFile, previous.entries[path] == nil {
      walk.found.append((path, relative, nil))
      return
    }
    guard var status = FileSystem.status(path, followingLinks: false) else { return }
    if case .symbolicLink = status.kind {
      sawLinks = true
      // A link is followed only when its target stays inside the site.
      guard let target = FileSystem.realPath(path), target == rootPath || target.hasPrefix(rootPath + "/")
      else {
        let target = FileSystem.realPath(path) ?? "a missing file"
        bag.error(
          .unsafePath, "symbolic link points outside the site (to \(target)); it was skipped",
          at: SourceLocation(file: relative))
        return
      }
      guard let target = FileSystem.status(path) else { return }
      status = target
    }
    let (identity, stamp) = (status.identity, status.stamp)
    switch status.kind {
    case .other, .symbolicLink:
      return  // FIFOs, sockets and devices are not content
    case .file:
      walk.found.append((path, relative, stamp))
    case .directory:
      if let first = walk.visited[identity] {
        let place = first.isEmpty ? "the site root" : first
        let how =
          first.isEmpty || relative.hasPrefix(first + "/")
          ? "leads back up to \(place), which contains it"
          : "leads to \(place), which is already part of the site"
        bag.warning(.linkLoop, "this folder \(how); it was skipped", at: SourceLocation(file: relative))
        return
      }
      walk.visited[identity] = relative
      guard depth < 64 else {
        bag.error(
          .unsafePath, "folders nest deeper than 64 levels; demarc reads no deeper",
          at: SourceLocation(file: relative))
        return
      }
      let entries: [(name: String, isRegularFile: Bool)]
      do {
        entries = try FileSystem.entries(in: path)
      } catch {
        bag.error(
          .unreadableFile, "cannot list this folder: \(FileSystem.describe(error))",
          at: SourceLocation(file: relative))
        return
      }
      for entry in entries where !EditorFiles.isIgnored(entry.name) {
        collect(relative + "/" + entry.name, into: &walk, depth: depth + 1, listedAsFile: entry.isRegularFile)
      }
    }
  }
}
