import Foundation

/// The search index's part of an ``OutputPatch``: the edited pages' terms whose weight changed move
/// in their shards, and each edited page's record is replaced in its record file; the shards are
/// read back from the output, their untouched terms kept as written.
struct SearchPatch {
  private var changes: [(page: Int, old: TermWeights, new: SearchIndexBuilder.PageEntry)] = []

  mutating func change(page: Int, from old: TermWeights, to new: SearchIndexBuilder.PageEntry) {
    changes.append((page, old, new))
  }

  /// Writes the touched shards, record files and (when shards came or went) the manifest into
  /// `patch`; false when a file is not as the index writes it.
  func write(into patch: inout OutputPatch) -> Bool {
    guard !changes.isEmpty else { return true }
    // Shard → term → new postings (nil: the page leaves the term).
    var moves: [String: [String: [(page: Int, weight: Int?)]]] = [:]
    for change in changes {
      for (term, weight) in change.old where change.new.terms[term] != weight {
        moves[SearchTerms.shard(of: term), default: [:]][term, default: []].append((change.page, nil))
      }
      for (term, weight) in change.new.terms where change.old[term] != weight {
        moves[SearchTerms.shard(of: term), default: [:]][term, default: []].removeAll {
          $0.page == change.page
        }
        moves[SearchTerms.shard(of: term), default: [:]][term, default: []].append((change.page, weight))
      }
    }
    guard let manifestBytes = patch.current(SearchIndexBuilder.manifestPath),
      var manifest = Self.manifest(manifestBytes)
    else { return false }
    let shardsBefore = manifest.shards
    for (shard, terms) in moves {
      let path = SearchIndexBuilder.folder + "/t-\(shard).js"
      var encoded: [String: String] = [:]
      if manifest.shards.contains(shard) {
        guard let bytes = patch.current(path), let parsed = Self.shard(bytes, named: shard) else {
          return false
        }
        encoded = parsed
      }
      for (term, pageMoves) in terms {
        var postings = encoded[term].flatMap(Self.decoded) ?? []
        if encoded[term] != nil, postings.isEmpty { return false }
        for move in pageMoves {
          postings.removeAll { $0.page == move.page }
          if let weight = move.weight {
            let at = postings.firstIndex { $0.page > move.page } ?? postings.count
            postings.insert((move.page, weight), at: at)
          }
        }
        encoded[term] = postings.isEmpty ? nil : SearchIndexBuilder.encoded(postings)
      }
      if encoded.isEmpty {
        manifest.shards.remove(shard)
        patch.files[path] = nil
        patch.removed.insert(path)
      } else {
        manifest.shards.insert(shard)
        patch.files[path] = SearchIndexBuilder.shardFile(shard, encoded: encoded).bytes
        patch.removed.remove(path)
      }
    }
    for change in changes {
      let number = change.page / SearchIndexBuilder.recordsPerFile
      let path = SearchIndexBuilder.folder + "/r-\(number).js"
      guard let bytes = patch.current(path), var records = Self.records(bytes, number: number),
        records.indices.contains(change.page % SearchIndexBuilder.recordsPerFile)
      else { return false }
      records[change.page % SearchIndexBuilder.recordsPerFile] = change.new.record
      patch.files[path] = SearchIndexBuilder.recordFile(number, records: records).bytes
    }
    if manifest.shards != shardsBefore {
      patch.files[SearchIndexBuilder.manifestPath] =
        SearchIndexBuilder.manifest(pages: manifest.pages, shards: manifest.shards.sorted()).bytes
    }
    return true
  }

  /// The manifest's page count and shards.
  private static func manifest(_ bytes: [UInt8]) -> (pages: Int, shards: Set<String>)? {
    let head = Array("demarcSearch.manifest(".utf8)
    let tail = Array(");\n".utf8)
    guard bytes.starts(with: head), bytes.count > head.count + tail.count,
      Array(bytes.suffix(tail.count)) == tail,
      let object = try? JSONSerialization.jsonObject(
        with: Data(bytes[head.count..<(bytes.count - tail.count)]))
        as? [String: Any],
      let pages = object["pages"] as? Int, let shards = object["shards"] as? [String]
    else { return nil }
    let manifest = SearchIndexBuilder.manifest(pages: pages, shards: shards)
    // Only a manifest this demarc writes, byte for byte, is patched.
    guard manifest.bytes == bytes else { return nil }
    return (pages, Set(shards))
  }

  /// A shard file's terms, each with its postings as written; nil when it is not one this demarc
  /// writes for `shard` (checked by writing it again).
  private static func shard(_ bytes: [UInt8], named shard: String) -> [String: String]? {
    let head = Array("demarcSearch.shard(\(SearchIndexBuilder.json(shard)),{".utf8)
    let tail = Array("});\n".utf8)
    guard bytes.starts(with: head), bytes.count >= head.count + tail.count,
      Array(bytes.suffix(tail.count)) == tail
    else { return nil }
    var terms: [String: String] = [:]
    var index = head.count
    let end = bytes.count - tail.count
    let quote = UInt8(ascii: "\"")
    while index < end {
      // "term":"postings", with the term's escapes (if any) read by a JSON parser.
      guard bytes[index] == quote else { return nil }
      var close = index + 1
      var escaped = false
      while close < end, bytes[close] != quote {
        if bytes[close] == UInt8(ascii: "\\") {
          escaped = true
          close += 1
        }
        close += 1
      }
      guard close + 2 < end, bytes[close + 1] == UInt8(ascii: ":"), bytes[close + 2] == quote else {
        return nil
      }
      let term: String
      if escaped {
        guard
          let decoded = try? JSONSerialization.jsonObject(
            with: Data(bytes[index...close]), options: .fragmentsAllowed) as? String
        else { return nil }
        term = decoded
      } else {
        term = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
      }
      let postingsStart = close + 3
      guard let postingsEnd = bytes[postingsStart..<end].firstIndex(of: quote) else { return nil }
      terms[term] = String(decoding: bytes[postingsStart..<postingsEnd], as: UTF8.self)
      index = postingsEnd + 1
      if index < end {
        guard bytes[index] == UInt8(ascii: ",") else { return nil }
        index += 1
      }
    }
    return terms
  }

  /// Postings as ``SearchIndexBuilder/encoded(_:)`` writes them, read back.
  private static func decoded(_ text: String) -> [(page: Int, weight: Int)]? {
    var postings: [(page: Int, weight: Int)] = []
    var page = 0
    for item in text.split(separator: ",") {
      guard item.count >= 2, let delta = Int(item.dropLast(), radix: 36),
        let weight = Int(item.suffix(1), radix: 36)
      else { return nil }
      page += delta
      postings.append((page, weight))
    }
    return postings
  }

  /// A record file's records; nil when it is not one this demarc writes.
  private static func records(_ bytes: [UInt8], number: Int) -> [String]? {
    let head = Array("demarcSearch.records(\(number),[\n".utf8)
    let tail = Array("]);\n".utf8)
    guard bytes.starts(with: head), bytes.count >= head.count + tail.count,
      Array(bytes.suffix(tail.count)) == tail
    else { return nil }
    let middle = String(decoding: bytes[head.count..<(bytes.count - tail.count)], as: UTF8.self)
    // A record is a JSON array on one line: its strings escape every line feed.
    let records = middle.components(separatedBy: ",\n")
    guard SearchIndexBuilder.recordFile(number, records: records).bytes == bytes else { return nil }
    return records
  }
}
