import Foundation
import Markdown

#if canImport(Glibc)
  import Glibc
#endif

/// What a build that wrote the output leaves beside its input stamps (in the cache folder, never in
/// the output) so that a later build after an edit of some pages' prose alone can patch the output
/// instead of building the site again (``OutputPatch``): for each Markdown page, its shape
/// (``PageShape``), where its body sits in its HTML and in the one-page view, what the site and the
/// view wrote in the body's slots (``RenderedBody``), and its search entry's terms; and the parts of
/// the input fingerprint, so the patched output's record names the digest a full scan would make.
///
/// A page the ledger cannot vouch for (one with directives, an empty body, a body its theme shows
/// twice) has no entry, and an edit of it builds the site. The ledger belongs to the record whose
/// digest it names, and is trusted only with the stamps saved for that record.
///
/// One line per item, tab-separated fields (``LedgerText``); the pages' lines are parsed only for
/// the pages an edit touched, so reading the ledger of 10,000 pages costs little more than reading
/// its bytes.
struct PatchLedger: Sendable {
  /// One page's entry, its fields behind one reference (``SharedValue``): the render holds an
  /// entry for every page in two lists and a dictionary before the ledger is saved, and inline an
  /// entry is some 300 bytes, 30 MB each at 100,000 pages.
  @dynamicMemberLookup
  struct Page: Equatable, Sendable {
    struct Fields: Equatable, Sendable {
      var source: String
      var output: String
      var shape: String
      /// The title and description the page is shown with, which its search entry repeats.
      var title: String
      var description: String?
      /// The body's bytes in the page's HTML file, and their fingerprint.
      var body: Range<Int>
      var bodyDigest: String
      var rewrites: HTMLRenderer.Rewrites
      /// The one-page view's file holding the page's section ("" when the view leaves the page out),
      /// the section's number among that file's ``sections``, and what the view wrote in each of the
      /// body's link slots, in order (a heading's id there follows from its id on the site).
      var handbookFile: String
      var handbookIndex: Int
      var fills: PackedStrings
      /// The page's number in the search index (-1: not indexed), its keywords and terms.
      var searchNumber: Int
      var keywords: [String]
      var terms: TermWeights
    }

    private var fields: SharedValue<Fields>

    init(
      source: String, output: String, shape: String, title: String, description: String?, body: Range<Int>,
      bodyDigest: String, rewrites: HTMLRenderer.Rewrites, handbookFile: String, handbookIndex: Int,
      fills: PackedStrings, searchNumber: Int, keywords: [String], terms: TermWeights
    ) {
      fields = SharedValue(
        Fields(
          source: source, output: output, shape: shape, title: title, description: description, body: body,
          bodyDigest: bodyDigest, rewrites: rewrites, handbookFile: handbookFile,
          handbookIndex: handbookIndex,
          fills: fills, searchNumber: searchNumber, keywords: keywords, terms: terms))
    }

    subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
      get { fields.value[keyPath: field] }
      _modify { yield &fields.value[keyPath: field] }
    }
  }

  /// Where a section's body sits in a file of the one-page view.
  struct Section: Equatable, Sendable {
    var start: Int
    var length: Int
    var digest: String
  }

  /// The settings the pages were parsed and rendered with.
  struct Settings: Equatable, Sendable {
    var markdown: MarkdownExtensions
    var allowRawHTML: Bool
    var contentFolder: String
  }

  static let header = "demarc-patch 4"

  var recordDigest = ""
  var settings: Settings
  var digestParts = InputDigest.Parts(head: 0, groups: [], scanDiagnostics: 0)
  /// The bytes of bodies and facts the view's split was decided on, and whether it split.
  var bodyBytes: Int
  var split: Bool
  var sections: [String: [Section]]
  /// The pages parsed so far, by source path.
  var pages: [String: Page]
  /// Where every page's line as read sits in ``source``, by source path: what a save writes again
  /// for the pages not in ``pages``.
  private var lines: [String: Range<Int>] = [:]
  /// The saved ledger the lines are read from (nil for a ledger made by a build).
  private var source: LedgerSource?
  /// The view's files whose sections a patch changed.
  var dirtySections: Set<String> = []
  /// Where the ledger as read ended its base, and how many bytes patches appended after it; nil
  /// for a ledger made by a build.
  private var appended: (base: Int, after: Int)?

  init(
    settings: Settings, bodyBytes: Int, split: Bool, sections: [String: [Section]], pages: [String: Page]
  ) {
    self.settings = settings
    self.bodyBytes = bodyBytes
    self.split = split
    self.sections = sections
    self.pages = pages
  }

  static func file(in folder: URL, for output: URL) -> URL {
    let stamps = InputStamps.file(in: folder, for: output)
    return stamps.deletingLastPathComponent().appendingPathComponent(
      "patch-" + stamps.lastPathComponent.dropFirst("stamps-".count))
  }

  /// Saves the ledger beside the stamps of the same build, unless that folder lies inside `roots`
  /// (the inputs), as the stamps are.
  func save(to file: URL, roots: [String]) {
    InputStamps.saveInCache(to: file, roots: roots) { part in try self.write(to: part) }
  }

  /// The page's entry, parsed on first use.
  mutating func page(_ source: String) -> Page? {
    if let page = pages[source] { return page }
    guard let range = lines[source], let line = self.source?.line(range), let page = Self.page(line) else {
      return nil
    }
    pages[source] = page
    return page
  }

  // MARK: The saved form

  var bytes: [UInt8] {
    var all: [UInt8] = []
    write { all += $0 }
    return all
  }

  /// The saved form, handed to `write` in parts: the pages' lines a few hundred at a time, made on
  /// every core, so the ledger of 10,000 pages is never whole in memory.
  func write(to write: ([UInt8]) throws -> Void) rethrows {
    var out: [String] = [
      Self.header, "record\t" + recordDigest,
      "settings\t"
        + [
          settings.markdown.tables, settings.markdown.strikethrough, settings.markdown.taskLists,
          settings.markdown.autolinks, settings.markdown.alerts, settings.markdown.highlight,
          settings.allowRawHTML,
        ].map { $0 ? "1" : "0" }.joined() + "\t" + LedgerText.escape(settings.contentFolder),
      "split\t\(split ? 1 : 0)\t\(bodyBytes)",
      "digest\t" + String(digestParts.head, radix: 16) + "\t\(digestParts.scanDiagnostics)",
    ]
    for group in digestParts.groups {
      out.append("group\t\(group.count)")
      for file in group {
        out.append(LedgerText.escape(file.path) + "\t" + String(file.fingerprint, radix: 16))
      }
    }
    for name in sections.keys.sorted() { out.append(Self.fileLine(name, sections[name] ?? [])) }
    try write(Array((out.joined(separator: "\n") + "\n").utf8))
    let sources = Set(pages.keys).union(lines.keys).sorted()
    for start in stride(from: 0, to: sources.count, by: 512) {
      let made = Parallel.map(
        Array(sources[start..<min(sources.count, start + 512)]), jobs: Parallel.defaultJobs
      ) {
        source in
        var line =
          pages[source].map(Self.lineBytes) ?? lines[source].flatMap { self.source?.line($0) }.map(Array.init)
          ?? []
        line.append(UInt8(ascii: "\n"))
        return line
      }
      try write(Array(made.joined()))
    }
    try write(Array("base\n".utf8))
  }

  /// What a patch appends: the edited files' fingerprints, the view's files it changed and the
  /// edited pages' entries, sealed by a line naming the new record and a checksum of the rest.
  private func patchBytes(editing sources: [String]) -> [UInt8] {
    var out: [String] = []
    for source in sources.sorted() {
      for group in digestParts.groups {
        if let file = group.first(where: { $0.path == source }) {
          out.append("fingerprint\t" + LedgerText.escape(source) + "\t" + String(file.fingerprint, radix: 16))
        }
      }
    }
    for name in dirtySections.sorted() { out.append(Self.fileLine(name, sections[name] ?? [])) }
    for source in pages.keys.sorted() { if let page = pages[source] { out.append(Self.line(page)) } }
    let body = Array(out.map { $0 + "\n" }.joined().utf8)
    return body + Array("patch\t\(recordDigest)\t\(bodyBytes)\t\(InputDigest.hex(ofBytes: body[...]))\n".utf8)
  }

  /// Records a patch of `sources` in the saved ledger: appended to the file it was read from, or,
  /// once what patches appended outgrows a quarter of the rest, the whole ledger written again.
  func savePatch(editing sources: [String], to file: URL, roots: [String]) {
    let patch = patchBytes(editing: sources)
    guard let appended, appended.after + patch.count < appended.base / 4,
      let handle = FileHandle(forWritingAtPath: file.path)
    else {
      save(to: file, roots: roots)
      return
    }
    defer { try? handle.close() }
    do {
      let end = try handle.seekToEnd()
      // Another build may have written the ledger since it was read: then it is not ours to extend.
      guard end == UInt64(appended.base + appended.after) else {
        InputStamps.remove(file)
        return
      }
      try handle.write(contentsOf: Data(patch))
    } catch {
      InputStamps.remove(file)
    }
  }

  private static func fileLine(_ name: String, _ sections: [Section]) -> String {
    "file\t" + LedgerText.escape(name) + "\t"
      + LedgerText.list(sections.map { "\($0.start),\($0.length),\($0.digest)" })
  }

  private static func line(_ page: Page) -> String { String(decoding: lineBytes(page), as: UTF8.self) }

  /// A page's line, made on bytes: a build writes 10,000 of them.
  private static func lineBytes(_ page: Page) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    let tab = UInt8(ascii: "\t")
    func field(_ text: String) {
      LedgerText.append(text, to: &out)
      out.append(tab)
    }
    // Numbered strings and terms are written from their packed bytes, with no string made for
    // each: the ledger's lines are most of a cold build's save stage.
    // A pair's halves are written escaped as its item would be, straight into the line.
    func numbered(_ values: NumberedStrings) {
      LedgerText.appendEscapedList(0..<values.count, to: &out) { position, out in
        LedgerText.appendNumber(values.number(at: position), to: &out)
        out += LedgerText.escapedPairSeparator
        values.withUTF8(at: position) { LedgerText.appendEscapedTwice($0, to: &out) }
      }
      out.append(tab)
    }
    func list(_ items: some Collection<String>) {
      LedgerText.appendList(items, to: &out) { item, part in part += item.utf8 }
      out.append(tab)
    }
    func list(_ items: PackedStrings) {
      LedgerText.appendList(0..<items.count, to: &out) { position, part in
        items.withUTF8(at: position) { part += $0 }
      }
      out.append(tab)
    }
    out += "page\t".utf8
    field(page.source)
    field(page.output)
    field(page.shape)
    field(page.title)
    list(page.description.map { [$0] } ?? [])
    field(String(page.body.lowerBound))
    field(String(page.body.count))
    field(page.bodyDigest)
    numbered(page.rewrites.destinations)
    numbered(page.rewrites.headingIDs)
    field(page.handbookFile)
    field(String(page.handbookIndex))
    list(page.fills)
    field(String(page.searchNumber))
    list(page.keywords)
    // A term is written into its item as it is, so it is escaped once, with the item.
    LedgerText.appendEscapedList(0..<page.terms.count, to: &out) { position, out in
      LedgerText.appendEscaped(page.terms.bytes(at: position), to: &out)
      out += LedgerText.escapedPairSeparator
      LedgerText.appendNumber(page.terms.weight(at: position), to: &out)
    }
    return out
  }

  private static func page(_ line: ArraySlice<UInt8>) -> Page? {
    var fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)[...]
    guard fields.count == 17, let title = LedgerText.text(fields[4]),
      let description = LedgerText.list(fields[5]),
      description.count <= 1
    else { return nil }
    fields.removeSubrange(4..<6)
    guard let source = LedgerText.text(fields[1]), let output = LedgerText.text(fields[2]),
      let shape = LedgerText.text(fields[3]), let start = LedgerText.int(fields[4]),
      let length = LedgerText.int(fields[5]), length > 0, start >= 0,
      let bodyDigest = LedgerText.text(fields[6]),
      let destinations = LedgerText.numbered(fields[7]), let headingIDs = LedgerText.numbered(fields[8]),
      let handbookFile = LedgerText.text(fields[9]), let handbookIndex = LedgerText.int(fields[10]),
      let fills = LedgerText.list(fields[11]), let searchNumber = LedgerText.int(fields[12]),
      let keywords = LedgerText.list(fields[13]), let termItems = LedgerText.list(fields[14])
    else { return nil }
    var terms: [(term: String, weight: Int)] = []
    terms.reserveCapacity(termItems.count)
    for item in termItems {
      guard let equals = item.lastIndex(of: "="), let weight = Int(item[item.index(after: equals)...]) else {
        return nil
      }
      terms.append((String(item[..<equals]), weight))
    }
    return Page(
      source: source, output: output, shape: shape, title: title, description: description.first,
      body: start..<(start + length), bodyDigest: bodyDigest,
      rewrites: HTMLRenderer.Rewrites(
        destinations: NumberedStrings(destinations), headingIDs: NumberedStrings(headingIDs)),
      handbookFile: handbookFile, handbookIndex: handbookIndex, fills: PackedStrings(fills),
      searchNumber: searchNumber,
      keywords: keywords, terms: TermWeights(terms))
  }

  /// Reads a saved ledger; nil for anything malformed or from another demarc.
  static func read(_ file: URL) -> PatchLedger? {
    LedgerSource(path: file.path).flatMap(parse)
  }

  static func parse(_ bytes: [UInt8]) -> PatchLedger? { parse(LedgerSource(bytes: bytes)) }

  /// Reads the ledger's lines in one pass, keeping the pages' lines as places in `source` to be
  /// read again when asked for.
  private static func parse(_ saved: LedgerSource) -> PatchLedger? {
    var lines = saved.lines()
    func next() -> [ArraySlice<UInt8>]? {
      guard let line = lines.next()?.line else { return nil }
      return line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
    }
    func text(_ field: ArraySlice<UInt8>) -> String { String(decoding: field, as: UTF8.self) }
    guard let first = next(), first.count == 1, text(first[0]) == header,
      let record = next(), record.count == 2, text(record[0]) == "record",
      let settingsLine = next(), settingsLine.count == 3, text(settingsLine[0]) == "settings",
      let contentFolder = LedgerText.text(settingsLine[2]),
      let splitLine = next(), splitLine.count == 3, text(splitLine[0]) == "split",
      let baseBodyBytes = LedgerText.int(splitLine[2]),
      let digestLine = next(), digestLine.count == 3, text(digestLine[0]) == "digest",
      let head = UInt64(text(digestLine[1]), radix: 16), let scanDiagnostics = LedgerText.int(digestLine[2])
    else { return nil }
    let flags = Array(settingsLine[1]).map { $0 == UInt8(ascii: "1") }
    guard flags.count == 7 else { return nil }
    let settings = Settings(
      markdown: MarkdownExtensions(
        tables: flags[0], strikethrough: flags[1], taskLists: flags[2], autolinks: flags[3], alerts: flags[4],
        highlight: flags[5]),
      allowRawHTML: flags[6], contentFolder: contentFolder)
    var parts = InputDigest.Parts(head: head, groups: [], scanDiagnostics: scanDiagnostics)
    var sections: [String: [Section]] = [:]
    var pageLines: [String: Range<Int>] = [:]
    var fingerprints: [String: UInt64] = [:]
    var recordDigest = text(record[1])
    var bodyBytes = baseBodyBytes
    // Where the part after the base (what patches appended) starts, and its segment now being read.
    var baseEnd: Int?
    var segmentStart = 0
    while let (line, range) = lines.next() {
      if line.isEmpty { continue }
      let fields = line.split(separator: UInt8(ascii: "\t"), maxSplits: 2, omittingEmptySubsequences: false)
      switch text(fields[0]) {
      case "base":
        guard baseEnd == nil else { return nil }
        baseEnd = range.upperBound + 1
        segmentStart = range.upperBound + 1
      case "fingerprint":
        guard baseEnd != nil, fields.count == 3, let path = LedgerText.text(fields[1]),
          let fingerprint = UInt64(text(fields[2]), radix: 16)
        else { return nil }
        // Applied once every line is read: a later patch of the same file wins.
        fingerprints[path] = fingerprint
      case "patch":
        // A patch's lines count only once sealed by this line, which names the record they belong
        // to and a checksum of them: a torn append is never trusted.
        let sealed = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
        guard baseEnd != nil, sealed.count == 4, let patchedBytes = LedgerText.int(sealed[2]),
          segmentStart <= range.lowerBound, let segment = saved.line(segmentStart..<range.lowerBound),
          text(sealed[3]) == InputDigest.hex(ofBytes: segment)
        else { return nil }
        recordDigest = text(sealed[1])
        bodyBytes = patchedBytes
        segmentStart = range.upperBound + 1
      case "group":
        guard fields.count == 2, let count = LedgerText.int(fields[1]), count >= 0 else { return nil }
        var group: [InputDigest.Parts.File] = []
        group.reserveCapacity(min(count, 1 << 16))
        for _ in 0..<count {
          guard let file = next(), file.count == 2, let path = LedgerText.text(file[0]),
            let fingerprint = UInt64(text(file[1]), radix: 16)
          else { return nil }
          group.append(.init(path: path, fingerprint: fingerprint))
        }
        parts.groups.append(group)
      case "file":
        guard fields.count == 3, let name = LedgerText.text(fields[1]), let list = LedgerText.list(fields[2])
        else { return nil }
        var placed: [Section] = []
        placed.reserveCapacity(list.count)
        for item in list {
          // On bytes: a one-page edit reads every section of the view, and splitting strings at
          // characters was a tenth of reading the ledger.
          let numbers = Array(item.utf8).split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
          guard numbers.count == 3, let start = LedgerText.int(numbers[0]),
            let length = LedgerText.int(numbers[1])
          else {
            return nil
          }
          placed.append(
            Section(start: start, length: length, digest: String(decoding: numbers[2], as: UTF8.self)))
        }
        sections[name] = placed
      case "page":
        guard fields.count == 3, let source = LedgerText.text(fields[1]) else { return nil }
        pageLines[source] = range
      default: return nil
      }
    }
    // The base ends with its mark, and nothing unsealed follows the last patch.
    let size = lines.size
    guard !lines.failed, let baseEnd, segmentStart >= size, let parts = parts.replacing(fingerprints) else {
      return nil
    }
    var ledger = PatchLedger(
      settings: settings, bodyBytes: bodyBytes, split: text(splitLine[1]) == "1", sections: sections,
      pages: [:])
    ledger.recordDigest = recordDigest
    ledger.digestParts = parts
    ledger.lines = pageLines
    ledger.source = saved
    ledger.appended = (base: baseEnd, after: size - baseEnd)
    return ledger
  }
}
