import Dataset
import Diagnostics
import Markdown
import SiteTheme

/// Stage 2: decodes and parses everything the scan read: config, front matter, Markdown, the
/// dataset (validated here, rules I1-I16, I19, I20) and the theme's templates.
public enum SiteLoader {
  public static func load(_ sources: SourceSet, jobs: Int = 1) -> LoadedSite {
    var bag = DiagnosticBag()
    bag.append(contentsOf: sources.diagnostics)

    var config = SiteConfig()
    if let file = sources.config {
      config = SiteConfig.parse(TextDecoder.decode(file, into: &bag), file: file.path, into: &bag)
    }

    let extensions = config.markdown
    let pages = Parallel.map(sources.pages, jobs: jobs) { file in
      var pageBag = DiagnosticBag()
      let page = loadPage(file, contentFolder: sources.contentFolder, extensions: extensions, into: &pageBag)
      return (page, pageBag.diagnostics)
    }
    for (_, diagnostics) in pages { bag.append(contentsOf: diagnostics) }

    let dataFiles = sources.data.filter { $0.path.hasSuffix(".yaml") || $0.path.hasSuffix(".yml") }.map {
      DataFile(path: $0.path, text: TextDecoder.decode($0, into: &bag))
    }
    var dataset = Dataset.empty
    if !dataFiles.isEmpty {
      let (loaded, loadDiagnostics) = DatasetLoader.load(
        dataFiles, dataDirectory: sources.contentFolder + "/" + SourceScanner.dataSubfolder)
      bag.append(contentsOf: loadDiagnostics)
      bag.append(contentsOf: DatasetValidator.validate(loaded))
      dataset = loaded
    }

    let templates = sources.templates.map {
      ThemeFile(
        path: $0.path,
        name: String(ThemePaths.relative($0.path, below: "/templates/").dropLast(".mustache".count)),
        text: TextDecoder.decode($0, into: &bag))
    }
    let (theme, themeDiagnostics) = Theme.load(templates, themePath: sources.themePath)
    bag.append(contentsOf: themeDiagnostics)

    var assets = sources.themeAssets.map {
      OutputFile(path: "assets/" + ThemePaths.relative($0.path, below: "/assets/"), bytes: $0.bytes)
    }
    assets += sources.contentAssets.map {
      OutputFile(path: String($0.path.dropFirst(sources.contentFolder.count + 1)), bytes: $0.bytes)
    }
    return LoadedSite(
      config: config, pages: pages.map(\.0), dataset: dataset, theme: theme, assets: assets,
      assetSources: (sources.themeAssets + sources.contentAssets).map(\.path),
      contentFolder: sources.contentFolder, diagnostics: bag.diagnostics)
  }

  static func loadPage(
    _ file: SourceFile, contentFolder: String, extensions: MarkdownExtensions, into bag: inout DiagnosticBag
  ) -> LoadedPage {
    let text = TextDecoder.decode(file, into: &bag)
    let (frontMatter, body) = FrontMatter.split(text, file: file.path, into: &bag)
    let document = MarkdownParser.parse(body, extensions: extensions)
    for point in document.flattenedAt {
      bag.warning(
        .markdownTooDeep,
        "nesting deeper than \(MarkdownParser.maximumDepth) levels; the content below is shown as plain text",
        at: SourceLocation(file: file.path, line: point.line, column: point.column))
    }
    return LoadedPage(
      path: file.path, frontMatter: frontMatter, document: document,
      contentPath: String(file.path.dropFirst(contentFolder.count + 1)))
  }
}
