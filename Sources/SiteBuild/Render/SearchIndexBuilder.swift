import Dataset
import Diagnostics
import Markdown

/// Builds the search index: one entry per page with its title, path, headings, text and keywords
/// (entity ids and aliases, so "PaaS" finds the container class and its services).
///
/// The index is a JavaScript file that assigns a global, loaded with a `<script>` element: that
/// works from `file://`, where browsers refuse `fetch` of local files. Its size follows the
/// content: every page contributes its own words once.
struct SearchIndexBuilder {
  static let fileName = "search-index.js"

  let site: ResolvedSite
  var jobs = 1

  /// Each page's entry with everything it was made from, so an unchanged page's entry is reused.
  struct Memory: Sendable {
    struct Key: Equatable, Sendable {
      var document: MarkdownDocument?
      var title: String
      var description: String?
      var keywords: [String]
    }

    var entries: [String: (key: Key, entry: String)] = [:]
    /// The last index file, reused whole when every entry was.
    var output: OutputFile?
    /// False for a one-off build, which keeps nothing for a next one.
    var recording = true
  }

  func build() -> OutputFile {
    var memory = Memory()
    return build(memory: &memory)
  }

  func build(memory: inout Memory) -> OutputFile {
    let pages = site.pages.filter { $0.outputPath != "404.html" }
    let previous = memory.entries
    let entries = Parallel.map(pages, jobs: jobs) { page in
      let key = Memory.Key(
        document: page.document, title: page.title, description: page.description,
        keywords: keywords(for: page))
      if let kept = previous[page.outputPath], kept.key == key { return (key, kept.entry, false) }
      return (key, entry(for: page, keywords: key.keywords), true)
    }
    guard memory.recording else {
      return OutputFile(path: Self.fileName, text: Self.script(entries.map(\.1)))
    }
    memory.entries = Dictionary(
      uniqueKeysWithValues: zip(pages, entries).map { ($0.outputPath, (key: $1.0, entry: $1.1)) })
    if let output = memory.output, previous.count == pages.count, !entries.contains(where: \.2) {
      return output
    }
    let output = OutputFile(path: Self.fileName, text: Self.script(entries.map(\.1)))
    memory.output = output
    return output
  }

  private func entry(for page: ResolvedPage, keywords: [String]) -> String {
    var headings: [String] = []
    var text = ""
    page.document?.forEach { node in
      switch node.kind {
      case .heading(let level) where level > 1: headings.append(node.plainText)
      case .paragraph, .codeBlock:
        let plain: String
        if case .codeBlock(let info, let literal) = node.kind {
          plain = info.hasPrefix("demarc") ? "" : literal
        } else {
          plain = node.plainText
        }
        if !plain.isEmpty { text += (text.isEmpty ? "" : " ") + plain }
      default: break
      }
    }
    let fields = [
      "\"t\":" + Self.json(page.title),
      "\"u\":" + Self.json(page.outputPath),
      "\"h\":[" + headings.map(Self.json).joined(separator: ",") + "]",
      "\"k\":" + Self.json(keywords.joined(separator: " ")),
      "\"x\":" + Self.json(Self.collapseWhitespace(text + " " + (page.description ?? ""))),
    ]
    return "{" + fields.joined(separator: ",") + "}"
  }

  private static func script(_ entries: [String]) -> String {
    Concatenation.text(head: "window.demarcSearchIndex=[\n", parts: entries, separator: ",\n", tail: "\n];\n")
  }

  private func keywords(for page: ResolvedPage) -> [String] {
    guard let entity = page.entity else { return [] }
    let dataset = site.dataset
    var words = [entity.kind.rawValue, entity.id]
    func classWords(_ id: String) -> [String] {
      guard let serviceClass = dataset.serviceClass(id) else { return [] }
      return [serviceClass.name.value] + serviceClass.aliases + (serviceClass.model.map { [$0] } ?? [])
    }
    switch entity.kind {
    case .serviceClass: words += classWords(entity.id)
    case .service:
      if let service = dataset.service(entity.id) {
        words += [service.longName ?? ""] + classWords(service.classID.value)
      }
    case .control: words += [dataset.control(entity.id)?.type?.rawValue ?? ""]
    default: break
    }
    return words.filter { !$0.isEmpty }
  }

  static func collapseWhitespace(_ text: String) -> String {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
  }

  /// A JSON string that is also safe inside a script.
  static func json(_ text: String) -> String { JSONText.quoted(text, scriptSafe: true) }
}
