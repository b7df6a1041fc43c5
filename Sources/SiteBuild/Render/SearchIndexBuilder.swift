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

  func build() -> OutputFile {
    let pages = site.pages.filter { $0.outputPath != "404.html" }
    let entries = Parallel.map(pages, jobs: jobs) { page in entry(for: page) }
    let script = "window.demarcSearchIndex=[\n" + entries.joined(separator: ",\n") + "\n];\n"
    return OutputFile(path: Self.fileName, text: script)
  }

  private func entry(for page: ResolvedPage) -> String {
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
      "\"k\":" + Self.json(keywords(for: page).joined(separator: " ")),
      "\"x\":" + Self.json(Self.collapseWhitespace(text + " " + (page.description ?? ""))),
    ]
    return "{" + fields.joined(separator: ",") + "}"
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
