import Diagnostics
import Foundation

/// Stage 1: reads the site from disk. The only stage besides ``OutputWriter`` that touches the file
/// system, so every later stage is a pure function of its input and can be tested on values.
///
/// Files are listed in sorted order, hidden files (`.name`) are skipped, and a symbolic link is
/// followed only when its target stays inside the site root.
public enum SourceScanner {
  public static let contentFolder = "Content"
  public static let dataFolder = "Content/data"

  public static func scan(siteRoot: URL) throws(BuildFailure) -> SourceSet {
    let root = siteRoot.standardizedFileURL.resolvingSymlinksInPath()
    var walker = Walker(root: root)

    let configURL = root.appendingPathComponent(SiteConfig.fileName)
    let config = try walker.readIfPresent(configURL, relativePath: SiteConfig.fileName)
    var scratch = DiagnosticBag()
    let themeFolder =
      config.map {
        SiteConfig.parse(String(decoding: $0.bytes, as: UTF8.self), file: $0.path, into: &scratch).theme
      } ?? SiteConfig().theme

    var pages: [SourceFile] = []
    var data: [SourceFile] = []
    var contentAssets: [SourceFile] = []
    for file in try walker.files(under: contentFolder) {
      if file.path.hasPrefix(dataFolder + "/") {
        data.append(file)
      } else if file.path.hasSuffix(".md") {
        pages.append(file)
      } else {
        contentAssets.append(file)
      }
    }
    var templates = try walker.files(under: themeFolder + "/templates").filter {
      $0.path.hasSuffix(".mustache")
    }
    var themeAssets = try walker.files(under: themeFolder + "/assets")
    // A site that names another theme may still override single templates, partials and assets in
    // its own Theme/ folder; those win over the named theme's files of the same name.
    let local = SiteConfig().theme
    if themeFolder != local {
      let localTemplates = try walker.files(under: local + "/templates").filter {
        $0.path.hasSuffix(".mustache")
      }
      templates = Self.overlay(templates, with: localTemplates, below: "/templates/")
      themeAssets = Self.overlay(
        themeAssets, with: try walker.files(under: local + "/assets"), below: "/assets/")
    }
    return SourceSet(
      config: config, pages: pages, data: data, contentAssets: contentAssets, templates: templates,
      themeAssets: themeAssets, themePath: themeFolder, diagnostics: walker.bag.diagnostics)
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
private struct Walker {
  let root: URL
  var bag = DiagnosticBag()
  private let rootPath: String

  init(root: URL) {
    self.root = root
    self.rootPath = root.path
  }

  func readIfPresent(_ url: URL, relativePath: String) throws(BuildFailure) -> SourceFile? {
    guard FileSystem.kind(url.path) != nil else { return nil }
    return try read(url.path, relativePath: relativePath)
  }

  func read(_ path: String, relativePath: String) throws(BuildFailure) -> SourceFile {
    do {
      return SourceFile(path: relativePath, bytes: try FileSystem.contents(path))
    } catch {
      throw .unreadable(path: relativePath, reason: FileSystem.describe(error))
    }
  }

  /// Every regular file below `folder` (relative to the root), sorted by path; none if it is absent.
  mutating func files(under folder: String) throws(BuildFailure) -> [SourceFile] {
    var result: [SourceFile] = []
    try collect(folder, into: &result, depth: 0)
    return result.sorted { $0.path < $1.path }
  }

  private mutating func collect(_ relative: String, into result: inout [SourceFile], depth: Int)
    throws(BuildFailure)
  {
    let path = rootPath + "/" + relative
    var kind = FileSystem.kind(path)
    if case .symbolicLink = kind {
      // A link is followed only when its target stays inside the site.
      guard let target = FileSystem.realPath(path), target == rootPath || target.hasPrefix(rootPath + "/")
      else {
        let target = FileSystem.realPath(path) ?? "a missing file"
        bag.error(
          .unsafePath, "symbolic link points outside the site (to \(target)); it was skipped",
          at: SourceLocation(file: relative))
        return
      }
      var info = stat()
      kind = stat(target, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR ? .directory : .file(size: 0)
    }
    switch kind {
    case nil, .other?:
      return
    case .file?, .symbolicLink?:
      result.append(try read(path, relativePath: relative))
    case .directory?:
      guard depth < 64 else {
        bag.error(
          .unsafePath, "folders nest deeper than 64 levels; is there a link loop?",
          at: SourceLocation(file: relative))
        return
      }
      let names: [String]
      do {
        names = try FileSystem.names(in: path)
      } catch {
        throw .unreadable(path: relative, reason: FileSystem.describe(error))
      }
      for name in names where !name.hasPrefix(".") {
        try collect(relative + "/" + name, into: &result, depth: depth + 1)
      }
    }
  }
}
