/// Writes the whole navigation tree once, as `nav-tree.js`, for the theme's sidebar script. Pages
/// then carry no site-wide navigation, so their size does not grow with the number of pages.
struct NavTreeBuilder {
  static let fileName = "nav-tree.js"

  let pages: [ResolvedPage]

  func build() -> OutputFile {
    let navigation = Navigation(pages: pages)
    var script = "window.demarcNavTree="
    script += node(
      title: pages.first { $0.outputPath == OutputPath.home }?.title ?? "Home", path: OutputPath.home,
      navigation)
    return OutputFile(path: Self.fileName, text: script + ";\n")
  }

  /// `{"t": title, "u": path, "c": [children]}` with paths relative to the site root.
  private func node(title: String, path: String, _ navigation: Navigation) -> String {
    let folder = path == OutputPath.home ? "" : SitePath.directory(of: path)
    let children =
      OutputPath.isFolderIndex(path)
      ? navigation.pages(in: folder).map { child in
        node(title: child.title, path: child.outputPath, navigation)
      } : []
    var json = "{\"t\":" + SearchIndexBuilder.json(title) + ",\"u\":" + SearchIndexBuilder.json(path)
    if !children.isEmpty { json += ",\"c\":[" + children.joined(separator: ",") + "]" }
    return json + "}"
  }
}
