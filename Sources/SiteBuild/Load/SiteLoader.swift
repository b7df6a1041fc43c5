import Dataset
import Diagnostics
import Markdown
import SiteTheme

/// Stage 2: decodes and parses everything the scan read: config, front matter, Markdown, the
/// dataset (validated here, rules I1-I16, I19, I20) and the theme's templates.
public enum SiteLoader {
  public static func load(_ sources: SourceSet, jobs: Int = 1) -> LoadedSite {
    var memory = LoadMemory()
    return load(sources, jobs: jobs, memory: &memory)
  }

  /// The same load, reusing from `memory` every page, dataset and theme whose input is unchanged,
  /// and leaving in `memory` what this load produced.
  public static func load(_ sources: SourceSet, jobs: Int = 1, memory: inout LoadMemory) -> LoadedSite {
    if let patched = patched(sources, memory: &memory) { return patched }
    var bag = DiagnosticBag()
    let config = sources.settings
    let hadPages = !memory.pages.isEmpty
    let (pages, edit) = loadPages(sources, extensions: config.markdown, jobs: jobs, memory: &memory)
    for page in pages { bag.append(contentsOf: page.diagnostics) }
    let dataset = loadDataset(sources, memory: &memory)
    bag.append(contentsOf: memory.dataset?.diagnostics ?? [])
    let theme = loadTheme(sources, memory: &memory)
    bag.append(contentsOf: memory.theme?.diagnostics ?? [])

    var assets = sources.themeAssets.map {
      OutputFile(path: "assets/" + ThemePaths.relative($0.path, below: "/assets/"), bytes: $0.bytes)
    }
    assets += sources.contentAssets.map {
      OutputFile(path: String($0.path.dropFirst(sources.contentFolder.count + 1)), bytes: $0.bytes)
    }
    var loaded = LoadedSite(
      config: config, pages: pages.map(\.page), dataset: dataset, theme: theme, assets: assets,
      assetSources: (sources.themeAssets + sources.contentAssets).map(\.path),
      contentFolder: sources.contentFolder, diagnostics: bag.diagnostics)
    let surroundings = LoadMemory.Surroundings(
      config: config, assets: assets, assetSources: loaded.assetSources, pagePaths: sources.pages.map(\.path))
    if hadPages, !memory.datasetParsed, !memory.themeParsed, memory.lastSurroundings == surroundings {
      loaded.bodyChanges = PageEdit.changes(edit, of: Set(memory.pagesParsed))
    }
    if memory.recording {
      memory.lastSurroundings = surroundings
      memory.lastLoaded = loaded
      memory.pageDiagnostics = pages.map(\.diagnostics)
      memory.pageIndex = Dictionary(
        sources.pages.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
    }
    return loaded
  }

  /// The last load with only the changed pages parsed again, in place, when the scan knows that
  /// only some pages' bytes changed (``PageChanges``): the settings, the dataset, the theme, the
  /// assets and the list of pages are then as they were. Nil when anything else changed; the full
  /// load then runs.
  private static func patched(_ sources: SourceSet, memory: inout LoadMemory) -> LoadedSite? {
    guard case .only(let changed) = sources.changes, memory.recording,
      changed.allSatisfy({ memory.pageIndex[$0] != nil }), var loaded = memory.lastLoaded.take()
    else { return nil }
    var edit = PageEdit.body
    for path in changed.sorted() {
      guard let index = memory.pageIndex[path] else { continue }
      let key = LoadMemory.PageKey(
        file: sources.pages[index], contentFolder: sources.contentFolder,
        extensions: sources.settings.markdown)
      var bag = DiagnosticBag()
      let page = loadPage(key.file, contentFolder: key.contentFolder, extensions: key.extensions, into: &bag)
      edit = max(edit, page.edit(from: loaded.pages[index]))
      loaded.pages[index] = page
      memory.pages[path] = (key, LoadMemory.ParsedPage(page: page, diagnostics: bag.diagnostics))
      memory.pageDiagnostics[index] = bag.diagnostics
    }
    memory.pagesParsed = changed.sorted()
    memory.datasetParsed = false
    memory.themeParsed = false
    loaded.diagnostics =
      memory.pageDiagnostics.flatMap { $0 } + (memory.dataset?.diagnostics ?? [])
      + (memory.theme?.diagnostics ?? [])
    loaded.bodyChanges = PageEdit.changes(edit, of: changed)
    memory.lastLoaded = loaded
    return loaded
  }

  /// Every page parsed, or taken from `memory` when its bytes, path and settings are unchanged.
  private static func loadPages(
    _ sources: SourceSet, extensions: MarkdownExtensions, jobs: Int, memory: inout LoadMemory
  ) -> (pages: [LoadMemory.ParsedPage], edit: PageEdit) {
    let previous = memory.pages
    let outlineOnly = !memory.recording
    let keys = sources.pages.map {
      LoadMemory.PageKey(file: $0, contentFolder: sources.contentFolder, extensions: extensions)
    }
    let pages = Parallel.map(keys, jobs: jobs) {
      key -> (LoadMemory.ParsedPage, fresh: Bool, edit: PageEdit) in
      let kept = previous[key.file.path]
      if let kept, kept.key == key { return (kept.parsed, false, .body) }
      var pageBag = DiagnosticBag()
      let page = loadPage(
        key.file, contentFolder: key.contentFolder, extensions: key.extensions, outlineOnly: outlineOnly,
        origin: sources.pageOrigins[key.file.path], into: &pageBag)
      let edit = kept.map { page.edit(from: $0.parsed.page) } ?? .other
      return (LoadMemory.ParsedPage(page: page, diagnostics: pageBag.diagnostics), true, edit)
    }
    memory.pages = [:]
    memory.pagesParsed = []
    for (key, (parsed, fresh, _)) in zip(keys, pages) {
      if memory.recording { memory.pages[key.file.path] = (key, parsed) }
      if fresh { memory.pagesParsed.append(key.file.path) }
    }
    return (pages.map(\.0), pages.map(\.edit).max() ?? .body)
  }

  /// The site's settings and its dataset, loaded and validated, without its pages or theme: what
  /// `demarc export` needs. The diagnostics are the dataset's; the settings' are among the scan's.
  public static func dataset(_ sources: SourceSet) -> (Dataset, SiteConfig, [Diagnostic]) {
    var memory = LoadMemory()
    let dataset = loadDataset(sources, memory: &memory)
    return (dataset, sources.settings, memory.dataset?.diagnostics ?? [])
  }

  /// The dataset, decoded, loaded and validated; reused while its files are the same.
  private static func loadDataset(_ sources: SourceSet, memory: inout LoadMemory) -> Dataset {
    let combined = SourceScanner.dataSubfolder + "/" + DatasetLoader.combinedFileName
    let files = sources.data.filter {
      $0.path.hasSuffix(".yaml") || $0.path.hasSuffix(".yml") || $0.path.hasSuffix("/" + combined)
    }
    memory.datasetParsed = false
    if let kept = memory.dataset, kept.files == files, kept.folder == sources.contentFolder {
      return kept.dataset
    }
    memory.datasetParsed = true
    var bag = DiagnosticBag()
    let dataFiles = files.map { DataFile(path: $0.path, text: TextDecoder.decode($0, into: &bag)) }
    var dataset = Dataset.empty
    if !dataFiles.isEmpty {
      let (loaded, loadDiagnostics) = DatasetLoader.load(
        dataFiles, dataDirectory: sources.contentFolder + "/" + SourceScanner.dataSubfolder)
      bag.append(contentsOf: loadDiagnostics)
      bag.append(contentsOf: DatasetValidator.validate(loaded))
      dataset = loaded
    }
    memory.dataset = (files, sources.contentFolder, dataset, bag.diagnostics)
    return dataset
  }

  /// The theme's templates, compiled; reused while the template files are the same.
  private static func loadTheme(_ sources: SourceSet, memory: inout LoadMemory) -> Theme {
    memory.themeParsed = false
    if let kept = memory.theme, kept.templates == sources.templates, kept.path == sources.themePath {
      return kept.theme
    }
    memory.themeParsed = true
    var bag = DiagnosticBag()
    let templates = sources.templates.map {
      ThemeFile(
        path: $0.path,
        name: String(ThemePaths.relative($0.path, below: "/templates/").dropLast(".mustache".count)),
        text: TextDecoder.decode($0, into: &bag))
    }
    let (theme, themeDiagnostics) = Theme.load(templates, themePath: sources.themePath)
    bag.append(contentsOf: themeDiagnostics)
    memory.theme = (sources.templates, sources.themePath, theme, bag.diagnostics)
    return theme
  }

  /// One page, read and parsed.
  ///
  /// - Parameter outlineOnly: keep only the tree's ``PageOutline`` and the body's Markdown, for a
  ///   build that keeps nothing for a next one. `SUMMARY.md`, which orders the site, stays whole.
  /// - Parameter origin: where the scan read `file`, from which such a build reads it again.
  static func loadPage(
    _ file: SourceFile, contentFolder: String, extensions: MarkdownExtensions, outlineOnly: Bool = false,
    origin: String? = nil, into bag: inout DiagnosticBag
  ) -> LoadedPage {
    let (text, verbatim) = TextDecoder.decodeNoting(file, into: &bag)
    let (frontMatter, bodyStart) = FrontMatter.read(text, file: file.path, into: &bag)
    // Parsed as the render parses it again, from the same bytes.
    let source = MarkdownSource(file: file, text: text, verbatim: verbatim, body: bodyStart)
    let document = source.parse(extensions: extensions)
    for point in document.flattenedAt {
      bag.warning(
        .markdownTooDeep,
        "nesting deeper than \(MarkdownParser.maximumDepth) levels; the content below is shown as plain text",
        at: SourceLocation(file: file.path, line: point.line, column: point.column))
    }
    let contentPath = String(file.path.dropFirst(contentFolder.count + 1))
    let outlined = outlineOnly && contentPath != SummaryFile.contentPath
    return LoadedPage(
      path: file.path, frontMatter: frontMatter, document: outlined ? PageOutline.of(document) : document,
      markdown: outlined ? DeferredMarkdown(source, file: file, verbatim: verbatim, origin: origin) : nil,
      contentPath: contentPath)
  }
}
