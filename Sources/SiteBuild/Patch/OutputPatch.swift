import Diagnostics
import Foundation
import Markdown

/// The files a build writes after an edit of some pages' prose alone, made from the output already
/// in place and the ledger of the build that wrote it (``PatchLedger``) instead of building the
/// site: each edited page is parsed again and its body rendered with the destinations and ids the
/// ledger kept, and three places change — the body in the page's HTML, the page's section of the
/// one-page view, and the search index's shards of the terms whose weight changed, with the
/// page's record. Everything else a page shows follows from its shape (``PageShape``), which must be
/// the one the ledger holds.
///
/// What it cannot vouch for it refuses (nil), and the build then runs in full: a page without an
/// entry, a changed shape, anything the page's load reports, a view that would split or join, a
/// file that no longer holds what the ledger says.
struct OutputPatch {
  /// The files to write, by output path.
  var files: [String: [UInt8]] = [:]
  /// The output paths to leave out (a search shard whose last term went).
  var removed: Set<String> = []
  /// The ledger, with the edited pages' entries and the view's places brought up to date.
  var ledger: PatchLedger
  /// The input fingerprint's parts with the edited files' new bytes.
  var digestParts: InputDigest.Parts

  private let output: String
  /// The old output's bytes of each file read so far.
  private var read: [String: [UInt8]] = [:]

  /// Patches for `edited` (source path → its new bytes) against the output at `output`.
  static func make(_ edited: [String: [UInt8]], ledger: PatchLedger, output: URL) -> OutputPatch? {
    var patch = OutputPatch(
      ledger: ledger, digestParts: ledger.digestParts, output: output.standardizedFileURL.path)
    var search = SearchPatch()
    for source in edited.keys.sorted() {
      guard let bytes = edited[source], patch.apply(source, bytes: bytes, search: &search) else { return nil }
    }
    guard search.write(into: &patch) else { return nil }
    return patch
  }

  private init(ledger: PatchLedger, digestParts: InputDigest.Parts, output: String) {
    self.ledger = ledger
    self.digestParts = digestParts
    self.output = output
  }

  /// The most edited files a patch takes on; more (a checkout, say) build the site.
  static let mostFiles = 64

  /// The size of the file at `path` in the output in place (0 when the patch did not read it).
  func oldSize(_ path: String) -> Int { read[path]?.count ?? 0 }

  /// The file at `path` as this patch has it: written anew, or as the output holds it.
  mutating func current(_ path: String) -> [UInt8]? {
    if let bytes = files[path] { return bytes }
    if let bytes = read[path] { return bytes }
    guard SitePath.isSafeRelative(path), let bytes = try? FileSystem.contents(output + "/" + path) else {
      return nil
    }
    read[path] = bytes
    return bytes
  }

  private mutating func apply(_ source: String, bytes: [UInt8], search: inout SearchPatch) -> Bool {
    guard var entry = ledger.page(source), let parts = digestParts.replacing(source, with: bytes) else {
      return false
    }
    digestParts = parts
    let settings = ledger.settings
    var bag = DiagnosticBag()
    let loaded = SiteLoader.loadPage(
      SourceFile(path: source, bytes: bytes), contentFolder: settings.contentFolder,
      extensions: settings.markdown, into: &bag)
    guard bag.diagnostics.isEmpty, PageShape.digest(of: loaded) == entry.shape else { return false }
    let renderer = HTMLRenderer(
      options: .init(
        allowRawHTML: settings.allowRawHTML, headingAnchors: true, labelledTaskBoxes: true,
        highlightCode: settings.markdown.highlight))
    let body = renderer.renderBody(loaded.document, rewrites: entry.rewrites)
    let html = Array(body.html.utf8)
    guard !html.isEmpty, !body.slots.contains(where: { if case .codeBlock = $0.kind { true } else { false } })
    else { return false }
    // The page's HTML: the new body where the old one was.
    guard let page = current(entry.output),
      let placed = splice(page, at: entry.body, digest: entry.bodyDigest, with: html)
    else { return false }
    files[entry.output] = placed
    let grown = html.count - entry.body.count
    // The view splits by the bodies' size, so an edit must leave it on the same side.
    let bodyBytes = ledger.bodyBytes + grown
    guard (bodyBytes > HandbookVolumes.limit) == ledger.split else { return false }
    ledger.bodyBytes = bodyBytes
    entry.body = entry.body.lowerBound..<(entry.body.lowerBound + html.count)
    entry.bodyDigest = InputDigest.hex(ofBytes: html[...])
    if !entry.handbookFile.isEmpty, !placeSection(of: body, entry: entry) { return false }
    if entry.searchNumber >= 0 {
      let new = SearchIndexBuilder.entry(
        title: entry.title, path: entry.output, description: entry.description, document: loaded.document,
        keywords: entry.keywords)
      search.change(page: entry.searchNumber, from: entry.terms, to: new)
      entry.terms = new.terms
    }
    ledger.pages[source] = entry
    return true
  }

  /// The page's section of the one-page view filled with what the view wrote in its slots, in
  /// place of the old one; the sections after it in the same file move by the difference.
  private mutating func placeSection(of body: RenderedBody, entry: PatchLedger.Page) -> Bool {
    let links = body.slots.count { if case .link = $0.kind { true } else { false } }
    guard links == entry.fills.count, var sections = ledger.sections[entry.handbookFile],
      sections.indices.contains(entry.handbookIndex), let file = current(entry.handbookFile)
    else { return false }
    var next = 0
    func fill() -> String {
      defer { next += 1 }
      return entry.fills[next]
    }
    // As the view fills them (``HandbookBuilder``): a heading's id under the section's prefix, and
    // each link as the view mapped it.
    let prefix = HandbookIDs.heading("", onPage: entry.output)
    let filled = Array(
      body.filled(
        headingID: { prefix + (entry.rewrites.headingIDs[$0] ?? "") }, link: { _, _ in fill() },
        codeBlock: { _ in nil }
      ).utf8)
    let old = sections[entry.handbookIndex]
    guard
      let placed = splice(file, at: old.start..<(old.start + old.length), digest: old.digest, with: filled)
    else { return false }
    files[entry.handbookFile] = placed
    let grown = filled.count - old.length
    sections[entry.handbookIndex] = .init(
      start: old.start, length: filled.count, digest: InputDigest.hex(ofBytes: filled[...]))
    for index in sections.indices where index > entry.handbookIndex { sections[index].start += grown }
    ledger.sections[entry.handbookFile] = sections
    ledger.dirtySections.insert(entry.handbookFile)
    return true
  }

  /// `bytes` with `range` replaced by `new`, when `range` still holds what `digest` names.
  private func splice(_ bytes: [UInt8], at range: Range<Int>, digest: String, with new: [UInt8]) -> [UInt8]? {
    guard range.lowerBound >= 0, range.upperBound <= bytes.count,
      InputDigest.hex(ofBytes: bytes[range]) == digest
    else { return nil }
    var spliced = Array(bytes[..<range.lowerBound])
    spliced.reserveCapacity(bytes.count - range.count + new.count)
    spliced += new
    spliced += bytes[range.upperBound...]
    return spliced
  }
}
