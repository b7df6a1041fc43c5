import Diagnostics
import Foundation
import Testing

@testable import SiteBuild

/// The gate for incremental rebuilds: after any sequence of edits, a rebuild that reuses the memory
/// of the previous builds equals a clean build, file for file and byte for byte, diagnostics too.
@Suite struct IncrementalRebuildTests {
  /// A reproducible random source (SplitMix64), so a failing sequence can be replayed from its seed.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// The same site, built twice: once reusing `memory`, once from nothing.
  /// - Parameter changed: the paths a watcher would name since the last build, for the scan to
  ///   read only those (nil: it scans everything).
  static func compare(
    _ site: FixtureSite, memory: inout BuildMemory, changed: Set<String>? = nil, step: String
  ) throws {
    let (incremental, incrementalFiles) = try BuildPipeline.check(
      siteRoot: site.root, jobs: 2, memory: &memory, changed: changed)
    let (clean, cleanFiles) = try BuildPipeline.check(siteRoot: site.root, jobs: 1)
    #expect(incremental.diagnostics == clean.diagnostics, "diagnostics differ after \(step)")
    #expect(
      incrementalFiles.files.map(\.path) == cleanFiles.files.map(\.path), "file lists differ after \(step)")
    for (mine, theirs) in zip(incrementalFiles.files, cleanFiles.files) where mine != theirs {
      Issue.record("\(mine.path) differs from a clean build after \(step)")
    }
    #expect(!cleanFiles.files.isEmpty)
  }

  /// One random edit of the kinds an author makes: prose, titles, links, renames, deletions, new
  /// pages, dataset values (valid or broken), templates, stylesheets and the site's settings.
  static func randomEdit(_ site: FixtureSite, using random: inout Generator, step: String) throws -> String {
    let content = site.url("Content")
    let pages = try FileManager.default.subpathsOfDirectory(atPath: content.path)
      .filter { $0.hasSuffix(".md") }.sorted()
    let page = pages.randomElement(using: &random) ?? "index.md"
    // A few pages that links and headings concentrate on, so edits meet each other often.
    let hubs = ["index.md", "tables.md", "services/vm.md"].filter { pages.contains($0) }
    let hub = hubs.randomElement(using: &random) ?? "index.md"
    let data = [
      "data/services/vm.yaml", "data/services/bucket.yaml", "data/controls.yaml", "data/tools.yaml",
    ]
    switch Int.random(in: 0..<12, using: &random) {
    case 10:
      // Adds or removes a heading other pages' links point at, which mends or breaks them.
      let url = content.appendingPathComponent(hub)
      let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
      let heading = "\n## Shared heading\n"
      try Data(
        (text.contains(heading) ? text.replacingOccurrences(of: heading, with: "\n") : text + heading).utf8
      )
      .write(to: url)
      return "the shared heading of \(hub)"
    case 0, 1:
      try append("\nA paragraph added at step \(step).\n", to: content.appendingPathComponent(page))
      return "a paragraph in \(page)"
    case 2:
      try replace("# ", with: "# Step \(step) ", in: content.appendingPathComponent(page), once: true)
      try replace(
        "title: ", with: "title: Step \(step) ", in: content.appendingPathComponent(page), once: true)
      return "the title of \(page)"
    case 3:
      let target = Bool.random(using: &random) ? hub : pages.randomElement(using: &random) ?? "index.md"
      let anchor = ["#step-\(step)", "#shared-heading", ""].randomElement(using: &random) ?? ""
      try append(
        "\n## Step \(step)\n\nSee [the other page](/\(target)\(anchor)).\n",
        to: content.appendingPathComponent(page))
      return "a heading and a link from \(page) to \(target)\(anchor)"
    case 4 where page != "index.md":
      let renamed = (page as NSString).deletingLastPathComponent + "/renamed-\(step).md"
      try FileManager.default.moveItem(
        at: content.appendingPathComponent(page), to: content.appendingPathComponent(renamed))
      return "a rename of \(page) to \(renamed)"
    case 5 where page != "index.md" && pages.count > 3:
      try FileManager.default.removeItem(at: content.appendingPathComponent(page))
      return "the deletion of \(page)"
    case 6:
      let folder = ["", "guides/", "services/"].randomElement(using: &random) ?? ""
      try site.write(
        "Content/\(folder)new-\(step).md",
        "---\ntitle: New page \(step)\n---\n\nIt links to [the virtual machines](service:vm) and [home](/index.md).\n"
      )
      return "a new page \(folder)new-\(step).md"
    case 7:
      let file = content.appendingPathComponent(data.randomElement(using: &random) ?? data[0])
      if Bool.random(using: &random) {
        try replace("name: ", with: "name: Step \(step) ", in: file, once: true)
        return "a name in \(file.lastPathComponent)"
      }
      try append(Bool.random(using: &random) ? "\n  broken: [\n" : "\nunknown_key_\(step): 1\n", to: file)
      return "a broken value in \(file.lastPathComponent)"
    case 8:
      let template =
        ["page", "layout", "entity", "section", "partials/handbook"].randomElement(using: &random) ?? "page"
      try append(
        "\n<!-- step \(step) -->\n",
        to: site.sandbox.appendingPathComponent("_theme/templates/\(template).mustache"))
      return "the \(template) template"
    case 9:
      try append("\n/* step \(step) */\n", to: site.sandbox.appendingPathComponent("_theme/assets/site.css"))
      return "the stylesheet"
    default:
      // Same size, same clock tick: only the bytes tell this edit apart.
      try replace("e", with: "E", in: content.appendingPathComponent(page), once: true)
      try replace("title: Dataset", with: "title: DATASET", in: site.url("demarc.yaml"), once: true)
      return "a same-size edit of \(page)"
    }
  }

  static func append(_ text: String, to url: URL) throws {
    let old = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    try Data((old + text).utf8).write(to: url)
  }

  static func replace(_ old: String, with new: String, in url: URL, once: Bool) throws {
    guard let text = try? String(contentsOf: url, encoding: .utf8), let range = text.range(of: old) else {
      return
    }
    try Data(text.replacingCharacters(in: range, with: new).utf8).write(to: url)
  }

  /// Every file below `folder` with its bytes, by absolute path (links resolved, as a watcher
  /// names them).
  static func files(under folder: URL) -> [String: Data] {
    let root = folder.standardizedFileURL.resolvingSymlinksInPath().path
    var files: [String: Data] = [:]
    for path in FileManager.default.subpaths(atPath: root) ?? [] {
      let full = root + "/" + path
      var isFolder: ObjCBool = false
      if FileManager.default.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue {
        files[full] = FileManager.default.contents(atPath: full)
      }
    }
    return files
  }

  /// Odd seeds rebuild as `demarc serve` does with inotify, naming the files that changed (so the
  /// scan reads only those, and the loader parses only them); even seeds scan everything.
  @Test(arguments: [UInt64(1), 2, 3, 4, 5, 6])
  func randomEditSequencesMatchCleanBuilds(seed: UInt64) throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    var random = Generator(state: seed)
    var memory = BuildMemory()
    let watching = seed % 2 == 1
    // The fixture theme draws no pager; the built-in one does, and a pager shows other pages'
    // titles, so this copy of the theme draws one too.
    try Self.append(
      "\n{{#previous}}<a rel=\"prev\" href=\"{{href}}\">{{title}}</a>{{/previous}}"
        + "{{#next}}<a rel=\"next\" href=\"{{href}}\">{{title}}</a>{{/next}}\n",
      to: site.sandbox.appendingPathComponent("_theme/templates/layout.mustache"))
    try Self.compare(site, memory: &memory, step: "the first build")
    var before = Self.files(under: site.sandbox)
    for step in 1...25 {
      var edits: [String] = []
      // Sometimes several edits land before one rebuild, as with a `git checkout`.
      for edit in 0..<Int.random(in: 1...3, using: &random) {
        edits.append(try Self.randomEdit(site, using: &random, step: "\(step)-\(edit)"))
      }
      let after = Self.files(under: site.sandbox)
      let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
      before = after
      try Self.compare(
        site, memory: &memory, changed: watching ? changed : nil,
        step: "step \(step) of seed \(seed): " + edits.joined(separator: ", "))
    }
  }

  /// Told which files changed, a rebuild reads only those and parses only the pages among them;
  /// told of anything it cannot place (a new file, a file gone, the settings), it scans everything.
  @Test func aWatchedEditReadsOnlyTheNamedFiles() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    var memory = BuildMemory()
    // Older than the scan's margin, so no file is read again for being written just before it.
    Thread.sleep(forTimeInterval: 0.1)
    _ = try BuildPipeline.check(siteRoot: site.root, memory: &memory)
    let page = site.url("Content/services/vm.md").standardizedFileURL.resolvingSymlinksInPath()
    try Self.append("\nA watched paragraph.\n", to: page)
    _ = try BuildPipeline.check(siteRoot: site.root, memory: &memory, changed: [page.path])
    #expect(memory.scan.filesRead == 1)
    #expect(memory.load.pagesParsed == ["Content/services/vm.md"])
    #expect(memory.render.lastChanges == .only(["services/vm.html"]))
    try site.write("Content/guides/watched.md", "# Watched\n")
    let added = site.url("Content/guides/watched.md").standardizedFileURL.resolvingSymlinksInPath().path
    let (result, _) = try BuildPipeline.check(siteRoot: site.root, memory: &memory, changed: [added])
    #expect(memory.load.pagesParsed == ["Content/guides/watched.md"], "a new file is found by a full scan")
    #expect(memory.scan.filesRead >= 1 && result.pageCount > 0)
    // A file gone, and the settings file (which may move the content or the theme): full scans,
    // each equal to a clean build.
    try FileManager.default.removeItem(atPath: added)
    try Self.compare(site, memory: &memory, changed: [added], step: "a named file deleted")
    let settings = site.url("demarc.yaml").standardizedFileURL.resolvingSymlinksInPath()
    try Self.replace("title: ", with: "title: Watched ", in: settings, once: true)
    try Self.compare(site, memory: &memory, changed: [settings.path], step: "the settings file named")
  }

  /// The record itself: which pages each kind of edit parses and renders again.
  @Test func aParagraphEditRedoesOnlyItsPage() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    var memory = BuildMemory()
    // Files written in the scan's own clock tick are read again next time; let the copy age.
    Thread.sleep(forTimeInterval: 0.1)
    _ = try BuildPipeline.check(siteRoot: site.root, memory: &memory)
    let total = memory.render.pagesRendered.count
    #expect(total > 10 && memory.scan.filesRead > 20)
    _ = try BuildPipeline.check(siteRoot: site.root, memory: &memory)
    #expect(memory.load.pagesParsed.isEmpty && memory.render.pagesRendered.isEmpty)
    #expect(memory.scan.filesRead == 0, "an unchanged file is not read again")

    try Self.append("\nOne more sentence.\n", to: site.url("Content/services/vm.md"))
    _ = try BuildPipeline.check(siteRoot: site.root, memory: &memory)
    #expect(memory.load.pagesParsed == ["Content/services/vm.md"])
    #expect(memory.render.bodiesRendered == ["services/vm.html"])
    #expect(memory.render.pagesRendered == ["services/vm.html"])
    #expect(memory.scan.filesRead == 1)
    #expect(!memory.load.datasetParsed && !memory.load.themeParsed)
  }

  /// A body-only edit is proved to be one (``PageChanges``), so the render takes every other page
  /// unchecked; after an edit another page can show (a title, an anchor) the render checks the
  /// pages that can show it, and after a new entity reference every page against its keys.
  @Test func onlyBodyEditsSkipTheOtherPagesChecks() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    var memory = BuildMemory()
    Thread.sleep(forTimeInterval: 0.1)
    _ = try BuildPipeline.check(siteRoot: site.root, memory: &memory)
    #expect(memory.render.lastChanges == .unknown, "a first build checks everything")
    let everyPage = memory.resolve.pagesResolved.count
    let page = site.url("Content/services/vm.md")
    try Self.append("\nOne more sentence.\n", to: page)
    _ = try BuildPipeline.check(siteRoot: site.root, memory: &memory)
    #expect(memory.render.lastChanges == .only(["services/vm.html"]))
    // A new anchor may mend or break other pages' links into this one (the home page links to its
    // anchors): those pages count as edited too, and the render checks the pages that can show
    // them. A new entity reference changes a backlink list: everything is checked.
    try Self.append("\n## A new heading\n", to: page)
    _ = try BuildPipeline.check(siteRoot: site.root, memory: &memory)
    #expect(memory.render.lastChanges == .titles(["services/vm.html", "index.html"]), "a new anchor")
    try Self.append("\nSee [sign-in](control:mfa).\n", to: page)
    _ = try BuildPipeline.check(siteRoot: site.root, memory: &memory)
    #expect(memory.render.lastChanges == .unknown, "a new entity reference is seen by the entity's page")
    // A title is shown by other pages (navigation, pager, backlinks): the render checks those.
    let text = try String(contentsOf: page, encoding: .utf8)
    try text.replacingOccurrences(of: "\n# ", with: "\n# Renamed ").write(
      to: page, atomically: false, encoding: .utf8)
    _ = try BuildPipeline.check(siteRoot: site.root, memory: &memory)
    #expect(memory.render.lastChanges.pages?.retitled == true, "a title heading")
    #expect(memory.render.pagesRendered.contains("services/vm.html"))
    #expect(memory.render.pagesRendered.count < everyPage / 2, "only the pages that show the title")
    let renamed = try String(contentsOf: page, encoding: .utf8)
    try renamed.replacingOccurrences(of: "title: Virtual Machines", with: "title: Virtual Servers").write(
      to: page, atomically: false, encoding: .utf8)
    _ = try BuildPipeline.check(siteRoot: site.root, memory: &memory)
    #expect(memory.render.lastChanges.pages?.retitled == true, "a front-matter title")
    // Still, only the retitled page's links, and those into its anchors, are checked again.
    #expect(memory.resolve.lastChanges == .titles(["services/vm.html"]))
    #expect(memory.resolve.pagesResolved.contains("services/vm.html"))
    #expect(everyPage > 20 && memory.resolve.pagesResolved.count < everyPage / 4)
  }

  /// A page's body rendered again draws only the directives whose view changed: a sentence added
  /// to the page of tables draws none of its tables, diagrams and lists again.
  @Test func aProseEditDrawsNoDirectiveAgain() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    var memory = BuildMemory()
    Thread.sleep(forTimeInterval: 0.1)
    _ = try BuildPipeline.check(siteRoot: site.root, memory: &memory)
    #expect(memory.render.directivesDrawn >= 10)
    try Self.append("\nOne more sentence.\n", to: site.url("Content/tables.md"))
    _ = try BuildPipeline.check(siteRoot: site.root, memory: &memory)
    #expect(memory.render.bodiesRendered == ["tables.html"])
    #expect(memory.render.directivesDrawn == 0)
  }

  /// Builds the fixture, applies `edit`, rebuilds with the memory, and checks that every page now
  /// showing `text` was rendered again while some pages were not.
  static func expectRerendered(
    showing text: String, after edit: (FixtureSite) throws -> Void
  ) throws -> BuildMemory {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    var memory = BuildMemory()
    _ = try BuildPipeline.check(siteRoot: site.root, memory: &memory)
    let total = memory.render.pagesRendered.count
    try edit(site)
    let (_, rendered) = try BuildPipeline.check(siteRoot: site.root, memory: &memory)
    let rerendered = Set(memory.render.pagesRendered)
    let showing = rendered.files.filter {
      $0.path.hasSuffix(".html") && $0.path != "handbook.html"
        && String(decoding: $0.bytes, as: UTF8.self).contains(text)
    }
    #expect(!showing.isEmpty)
    for file in showing {
      #expect(rerendered.contains(file.path), "\(file.path) shows it but was not rendered")
    }
    #expect(rerendered.count < total)
    return memory
  }

  @Test func aTitleEditRendersThePagesThatShowIt() throws {
    let memory = try Self.expectRerendered(showing: "Virtual Servers") { site in
      let page = site.url("Content/services/vm.md")
      try Self.replace("title: Virtual Machines", with: "title: Virtual Servers", in: page, once: true)
      try Self.replace("# Virtual Machines", with: "# Virtual Servers", in: page, once: true)
    }
    #expect(memory.load.pagesParsed == ["Content/services/vm.md"])
  }

  @Test func aDatasetEditRendersThePagesThatShowTheFact() throws {
    let memory = try Self.expectRerendered(showing: "Compute Instances") { site in
      try Self.replace(
        "name: Virtual Machines", with: "name: Compute Instances",
        in: site.url("Content/data/services/vm.yaml"), once: true)
    }
    #expect(memory.load.datasetParsed && memory.load.pagesParsed.isEmpty)
  }

  @Test func aRemovedHeadingBreaksTheLinksIntoIt() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    try Self.append("\n## Shared heading\n\nText.\n", to: site.url("Content/tables.md"))
    try Self.append(
      "\nSee [the shared part](../tables.md#shared-heading).\n", to: site.url("Content/services/vm.md"))
    var memory = BuildMemory()
    let (before, _) = try BuildPipeline.check(siteRoot: site.root, memory: &memory)
    #expect(!before.diagnostics.contains { $0.code == .brokenAnchor })
    try Self.replace(
      "## Shared heading", with: "## Renamed heading", in: site.url("Content/tables.md"), once: true)
    let (after, _) = try BuildPipeline.check(siteRoot: site.root, memory: &memory)
    #expect(
      after.diagnostics.contains { $0.code == .brokenAnchor && $0.location?.file == "Content/services/vm.md" }
    )
    // Only the page whose heading changed and the page linking into it had their links checked.
    #expect(memory.resolve.pagesResolved == ["services/vm.html", "tables.html"])
  }
}
