import Dataset
import Diagnostics
import Markdown

/// Builds the search index as script files, so it loads with `<script>` elements and works from
/// `file://`, where browsers refuse `fetch` of local files; a query loads only what it needs.
///
/// - `search/index.js`: the manifest: how many pages, how many records per file, which shards exist.
/// - `search/t-KEY.js`: the terms whose first two characters are KEY, each with the pages that
///   have it and a weight (title 12, entity aliases and ids 8, headings 4, the body up to 5).
///   Postings are base-36 page-number deltas, each followed by one base-36 weight digit.
/// - `search/r-N.js`: short records of ``recordsPerFile`` pages: title, path, headings, a short
///   excerpt for the snippet, and the aliases. No full text.
///
/// Every file calls a loader function that `demarc.js` defines (`demarcSearch.shard(...)`).
struct SearchIndexBuilder {
  static let folder = "search"
  static let manifestPath = folder + "/index.js"
  static let recordsPerFile = 32
  static let excerptLength = 240

  let site: ResolvedSite
  var jobs = 1
  /// When set, the only pages whose entries may differ from memory's (``PageChanges``).
  var edited: Set<String>?

  /// One page's part of the index.
  struct PageEntry: Sendable {
    /// The record, as a JSON array.
    var record: String
    /// Each term with its weight on the page.
    var terms: TermWeights
  }

  /// Each page's entry with everything it was made from, so an unchanged page's entry is reused.
  struct Memory: Sendable {
    struct Key: Equatable, Sendable {
      var document: MarkdownDocument?
      var title: String
      var description: String?
      var keywords: [String]
    }

    var entries: [String: (key: Key, entry: PageEntry)] = [:]
    /// The pages in index order, the postings by shard and term, and the files they made: an
    /// edit that keeps the list of pages rewrites only the shards of the terms it touched and the
    /// record file of its page.
    var order: [String] = []
    var postings: Postings = [:]
    var output: [OutputFile]?
    /// False for a one-off build, which keeps nothing for a next one.
    var recording = true
  }

  /// Shard → term → (page number, weight), sorted by page.
  typealias Postings = [String: [String: [Posting]]]
  /// A page's number and a term's weight on it, in eight bytes: the site's postings are all held
  /// while the shards are written, one per term of every page.
  typealias Posting = (page: Int32, weight: UInt8)

  /// Whether `path` lies in the index's folder, which no other file may use.
  static func isReserved(_ path: String) -> Bool { path.lowercased().hasPrefix(folder + "/") }

  func build() -> [OutputFile] {
    var memory = Memory()
    return build(memory: &memory)
  }

  func build(memory: inout Memory) -> [OutputFile] {
    let pages = site.pages.filter { OutputPath.isReadable($0.outputPath) }
    let previous = memory.entries
    let entries = Parallel.map(pages, jobs: jobs) { page in
      if let edited, !edited.contains(page.outputPath), let kept = previous[page.outputPath] {
        return (kept.key, kept.entry, false)
      }
      let key = Memory.Key(
        document: page.document, title: page.title, description: page.description,
        keywords: keywords(for: page))
      if let kept = previous[page.outputPath], kept.key == key { return (key, kept.entry, false) }
      return (key, entry(for: page, keywords: key.keywords), true)
    }
    guard memory.recording else { return Self.files(entries.map(\.1), jobs: jobs) }
    memory.entries = Dictionary(
      uniqueKeysWithValues: zip(pages, entries).map { ($0.outputPath, (key: $1.0, entry: $1.1)) })
    let order = pages.map(\.outputPath)
    defer { memory.order = order }
    if let output = memory.output, order == memory.order {
      let fresh = entries.indices.filter { entries[$0].2 }
      if fresh.isEmpty { return output }
      let updated = Self.update(
        output, postings: &memory.postings,
        changes: fresh.map { (page: $0, old: previous[order[$0]]?.entry, new: entries[$0].1) },
        entries: entries.map(\.1))
      memory.output = updated
      return updated
    }
    memory.postings = Self.postings(entries.map(\.1), jobs: jobs)
    let output = Self.files(entries.map(\.1), postings: memory.postings, jobs: jobs)
    memory.output = output
    return output
  }

  /// Every term's pages and weights, by shard, from the entries in page order.
  ///
  /// The terms are split into parts by their first byte (``parts(of:)``), and each part is
  /// gathered on its own thread over every page in order: each list is sorted by page whatever the
  /// thread count, and a shard (its terms share their first character) lies in one part, so the
  /// parts join without a merge.
  static func postings(_ entries: [PageEntry], jobs: Int = 1) -> Postings {
    let parts = Parallel.map(parts(of: entries), jobs: jobs) { Self.postings(entries, startingIn: $0) }
    var joined: Postings = [:]
    for part in parts { joined.merge(part) { kept, _ in kept } }
    return joined
  }

  /// The postings of the terms whose first byte is in `firsts`, by shard.
  static func postings(_ entries: [PageEntry], startingIn firsts: ClosedRange<UInt8>) -> Postings {
    var byTerm: [String: [Posting]] = [:]
    for (page, entry) in entries.enumerated() {
      for position in entry.terms.positions(startingIn: firsts) {
        let (term, weight) = entry.terms[position]
        byTerm[term, default: []].append((Int32(page), UInt8(clamping: weight)))
      }
    }
    var postings: Postings = [:]
    for (term, list) in byTerm { postings[SearchTerms.shard(of: term), default: [:]][term] = list }
    return postings
  }

  /// How many parts the terms are gathered in: enough that a part in flight on each core holds a
  /// small share of the site's postings, few enough that reading every page's terms once a part
  /// stays cheap (at 100,000 pages, one part per first byte read 80 MB of terms 40 times).
  static let termParts = 8

  /// Ranges of first bytes holding about as many of the entries' terms each, in order; at most
  /// ``termParts``, none empty.
  static func parts(of entries: [PageEntry]) -> [ClosedRange<UInt8>] {
    var counts = [Int](repeating: 0, count: 256)
    for entry in entries {
      var position = 0
      while position < entry.terms.count {
        let first = entry.terms.firstByte(at: position)
        let run = entry.terms.positions(startingIn: first...first)
        counts[Int(first)] += run.count
        position = run.upperBound
      }
    }
    let total = counts.reduce(0, +)
    var parts: [ClosedRange<UInt8>] = []
    var start: Int?
    var gathered = 0
    for byte in 0...255 where counts[byte] > 0 {
      if start == nil { start = byte }
      gathered += counts[byte]
      // Cut once this part reaches its share of what is left.
      let share = total * (parts.count + 1) / termParts
      if gathered >= share, let first = start {
        parts.append(UInt8(first)...UInt8(byte))
        start = nil
      }
    }
    if let first = start, let last = counts.lastIndex(where: { $0 > 0 }) {
      parts.append(UInt8(first)...UInt8(last))
    }
    return parts
  }

  /// The manifest, the shards and the record files for entries in page order.
  ///
  /// Without `postings` (a build that keeps nothing for a next one), each part of the terms
  /// (``postings(_:startingIn:)``) is written to its shards and let go before the next is
  /// gathered, so only the parts in flight are held rather than the whole site's postings.
  static func files(_ entries: [PageEntry], postings: Postings? = nil, jobs: Int = 1) -> [OutputFile] {
    let parts: [[(shard: String, file: OutputFile)]]
    if let postings {
      parts = [
        Parallel.map(postings.keys.sorted(), jobs: jobs) { ($0, shardFile($0, terms: postings[$0] ?? [:])) }
      ]
    } else {
      parts = Parallel.map(Self.parts(of: entries), jobs: jobs) { firsts in
        let postings = Self.postings(entries, startingIn: firsts)
        return postings.keys.sorted().map { ($0, shardFile($0, terms: postings[$0] ?? [:])) }
      }
    }
    let shards = parts.joined()
    var files = shards.map(\.file)
    files += Parallel.map(Array(0..<((entries.count + recordsPerFile - 1) / recordsPerFile)), jobs: jobs) {
      recordFile($0, entries: entries)
    }
    files.append(manifest(pages: entries.count, shards: shards.map(\.shard).sorted()))
    return files.sorted { $0.path < $1.path }
  }

  /// The last build's files with the changed pages' postings moved, and only the shards, record
  /// files and manifest those changes touch written again: a paragraph edit rewrites the shards
  /// of the words it added, removed or reweighted, not of every word on the page.
  private static func update(
    _ output: [OutputFile], postings: inout Postings, changes: [(page: Int, old: PageEntry?, new: PageEntry)],
    entries: [PageEntry]
  ) -> [OutputFile] {
    var touchedShards: Set<String> = []
    var touchedRecords: Set<Int> = []
    for change in changes {
      touchedRecords.insert(change.page / recordsPerFile)
      // A term whose weight on the page stayed keeps its posting; only the others move.
      let oldTerms = change.old?.terms ?? TermWeights()
      for (term, weight) in oldTerms where change.new.terms[term] != weight {
        let shard = SearchTerms.shard(of: term)
        touchedShards.insert(shard)
        postings[shard]?[term]?.removeAll { $0.page == Int32(change.page) }
        if postings[shard]?[term]?.isEmpty == true { postings[shard]?[term] = nil }
        if postings[shard]?.isEmpty == true { postings[shard] = nil }
      }
      for (term, weight) in change.new.terms where oldTerms[term] != weight {
        let shard = SearchTerms.shard(of: term)
        touchedShards.insert(shard)
        var list = postings[shard, default: [:]][term, default: []]
        let at = list.firstIndex { $0.page > Int32(change.page) } ?? list.count
        list.insert((Int32(change.page), UInt8(clamping: weight)), at: at)
        postings[shard, default: [:]][term] = list
      }
    }
    var files = Dictionary(uniqueKeysWithValues: output.map { ($0.path, $0) })
    for shard in touchedShards {
      let path = folder + "/t-\(shard).js"
      files[path] = postings[shard].map { shardFile(shard, terms: $0) }
    }
    for number in touchedRecords { files[folder + "/r-\(number).js"] = recordFile(number, entries: entries) }
    files[manifestPath] = manifest(pages: entries.count, shards: postings.keys.sorted())
    return files.values.sorted { $0.path < $1.path }
  }

  private static func shardFile(_ shard: String, terms: [String: [Posting]]) -> OutputFile {
    shardFile(shard, encoded: terms.mapValues { encoded($0.lazy.map { (Int($0.page), Int($0.weight)) }) })
  }

  /// A term's postings as the shard writes them: base-36 page-number deltas, each followed by one
  /// base-36 weight digit.
  static func encoded(_ postings: some Sequence<(page: Int, weight: Int)>) -> String {
    var bytes: [UInt8] = []
    var last = 0
    for posting in postings {
      if !bytes.isEmpty { bytes.append(UInt8(ascii: ",")) }
      SearchTerms.appendBase36(posting.page - last, to: &bytes)
      SearchTerms.appendBase36(min(35, posting.weight), to: &bytes)
      last = posting.page
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A shard's file from each term's postings as ``encoded(_:)`` writes them.
  static func shardFile(_ shard: String, encoded terms: [String: String]) -> OutputFile {
    let fields = terms.keys.sorted().map { term in json(term) + ":\"" + (terms[term] ?? "") + "\"" }
    return OutputFile(
      path: folder + "/t-\(shard).js",
      text: Concatenation.text(
        head: "demarcSearch.shard(\(json(shard)),{", parts: fields, separator: ",", tail: "});\n"))
  }

  private static func recordFile(_ number: Int, entries: [PageEntry]) -> OutputFile {
    let start = number * recordsPerFile
    return recordFile(
      number, records: entries[start..<min(entries.count, start + recordsPerFile)].map(\.record))
  }

  /// Record file `number`, holding `records` (of pages `number * recordsPerFile` on).
  static func recordFile(_ number: Int, records: [String]) -> OutputFile {
    OutputFile(
      path: folder + "/r-\(number).js",
      text: Concatenation.text(
        head: "demarcSearch.records(\(number),[\n", parts: records, separator: ",\n", tail: "]);\n"))
  }

  static func manifest(pages: Int, shards: [String]) -> OutputFile {
    OutputFile(
      path: manifestPath,
      text: "demarcSearch.manifest({\"pages\":\(pages),\"per\":\(recordsPerFile),\"shards\":["
        + shards.map(json).joined(separator: ",") + "]});\n")
  }

  private func entry(for page: ResolvedPage, keywords: [String]) -> PageEntry {
    Self.entry(
      title: page.title, path: page.outputPath, description: page.description, document: page.document,
      keywords: keywords)
  }

  /// A page's entry from what it shows: its title, headings and text, and its keywords.
  static func entry(
    title: String, path: String, description: String?, document: MarkdownDocument?, keywords: [String]
  ) -> PageEntry {
    var headings: [String] = []
    var excerpt = description.map { [$0] } ?? []
    var excerptLength = excerpt.first?.count ?? 0
    var counter = TermCounter()
    document?.forEach { node in
      switch node.kind {
      case .heading(let level) where level > 1:
        let text = node.plainText
        headings.append(text)
        counter.add(text, in: .heading)
      case .paragraph, .codeBlock:
        let plain: String
        if case .codeBlock(let info, let literal) = node.kind {
          plain = info.hasPrefix("demarc") ? "" : literal
        } else {
          plain = node.plainText
        }
        guard !plain.isEmpty else { return }
        counter.add(plain, in: .body)
        if excerptLength < Self.excerptLength, case .paragraph = node.kind {
          excerpt.append(plain)
          excerptLength += plain.count + 1
        }
      default: break
      }
    }
    if let description = description { counter.add(description, in: .body) }
    counter.add(keywords.joined(separator: " "), in: .keyword)
    counter.add(title, in: .title)
    let text = collapseWhitespace(excerpt.joined(separator: " "))
    let short = text.count > Self.excerptLength ? String(text.prefix(Self.excerptLength)) + "…" : text
    let fields = [
      json(title), json(path),
      "[" + headings.map(json).joined(separator: ",") + "]",
      json(short), json(keywords.joined(separator: " ")),
    ]
    return PageEntry(record: "[" + fields.joined(separator: ",") + "]", terms: counter.weights())
  }

  /// The page's entry, for a render that makes each page's entry beside the page itself (and lets
  /// its tree go); nil for a page the index leaves out. ``files(_:postings:)`` makes the index from
  /// them, in page order.
  func entry(of page: ResolvedPage) -> PageEntry? {
    guard OutputPath.isReadable(page.outputPath) else { return nil }
    return entry(for: page, keywords: keywords(for: page))
  }

  func keywords(for page: ResolvedPage) -> [String] {
    guard let entity = page.entity else { return [] }
    let dataset = site.dataset
    let words = [entity.kind.rawValue, entity.id] + (dataset.page(entity)?.searchKeywords(in: dataset) ?? [])
    return words.filter { !$0.isEmpty }
  }

  /// Runs of spaces, tabs and line feeds as one space, none at either end; on UTF-8 bytes.
  static func collapseWhitespace(_ text: String) -> String {
    var collapsed: [UInt8] = []
    collapsed.reserveCapacity(text.utf8.count)
    var gap = false
    for byte in text.utf8 {
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") {
        gap = !collapsed.isEmpty
        continue
      }
      if gap { collapsed.append(UInt8(ascii: " ")) }
      gap = false
      collapsed.append(byte)
    }
    return String(decoding: collapsed, as: UTF8.self)
  }

  /// A JSON string that is also safe inside a script.
  static func json(_ text: String) -> String { JSONText.quoted(text, scriptSafe: true) }
}
