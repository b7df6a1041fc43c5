import Foundation

@testable import SiteBuild

/// A site assembled in memory from `(path, text)` pairs, sorted into a ``SourceSet`` by the scan's
/// rules (`demarc.yaml`, pages, dataset, assets, the built-in theme overlaid by `Theme/`), so the
/// pure stages run on values: nothing is written to disk.
enum InMemorySite {
  static func sources(_ files: [(String, String)]) -> SourceSet {
    var config: SourceFile?
    var content: [SourceFile] = []
    var templates: [SourceFile] = []
    var themeAssets: [SourceFile] = []
    for (path, text) in files.sorted(by: { $0.0 < $1.0 }) {
      let file = SourceFile(path: path, bytes: Array(text.utf8))
      if path == SiteConfig.fileName {
        config = file
      } else if path.hasPrefix("Content/") {
        content.append(file)
      } else if path.hasPrefix("Theme/templates/") {
        templates.append(file)
      } else if path.hasPrefix("Theme/assets/") {
        themeAssets.append(file)
      }
    }
    let (pages, data, assets) = SourceScanner.sortContent(content, contentFolder: "Content")
    let builtIn = SourceScanner.builtInFiles
    return SourceSet(
      config: config, pages: pages, data: data, contentAssets: assets,
      templates: SourceScanner.overlay(
        builtIn.filter { $0.path.hasPrefix(BuiltInTheme.folder + "/templates/") }, with: templates,
        below: "/templates/"),
      themeAssets: SourceScanner.overlay(
        builtIn.filter { $0.path.hasPrefix(BuiltInTheme.folder + "/assets/") }, with: themeAssets,
        below: "/assets/"),
      themePath: BuiltInTheme.folder)
  }

  /// The text files of a fixture site under `Fixtures/`, as pairs, for a stage fixture to build on.
  static func files(ofFixture name: String) -> [(String, String)] {
    let root = FixtureSite.fixtures.appendingPathComponent(name)
    let paths = FileManager.default.subpaths(atPath: root.path) ?? []
    return paths.sorted().compactMap { path in
      guard !path.hasPrefix("expected") else { return nil }
      var isFolder: ObjCBool = false
      let url = root.appendingPathComponent(path)
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
        let text = try? String(contentsOf: url, encoding: .utf8)
      else { return nil }
      return (path, text)
    }
  }

  /// The inside of a page's `<main>` element.
  static func main(of html: String) -> String? {
    guard let open = html.range(of: "<main"),
      let close = html.range(of: "</main>", range: open.upperBound..<html.endIndex),
      let end = html[open.upperBound..<close.lowerBound].firstIndex(of: ">")
    else { return nil }
    return String(html[html.index(after: end)..<close.lowerBound])
  }
}
