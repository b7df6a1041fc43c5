import Dataset
import Diagnostics
import Foundation
import Markdown
import SiteBuild

/// The fuzz targets, by name (`DEMARC_FUZZ_TARGET`). `site` builds a whole site per input; the
/// others run one component each, thousands of times a second, and check a property of its output
/// where one holds (an escaper's output has no character it must escape, a round trip returns its
/// input).
enum ComponentTargets {
  static let names = [
    "site", "front-matter", "page", "markdown", "dataset", "directive", "escapers", "paths", "yaml",
  ]

  static func run(_ name: String, _ bytes: [UInt8]) {
    switch name {
    case "site": FuzzTarget.run(bytes)
    case "front-matter": _ = FuzzEntryPoints.frontMatter(String(decoding: bytes, as: UTF8.self))
    case "page": page(bytes)
    case "markdown": markdown(String(decoding: bytes, as: UTF8.self))
    case "dataset": datasetFile(bytes)
    case "directive": directive(bytes)
    case "escapers": escapers(String(decoding: bytes, as: UTF8.self))
    case "paths": paths(String(decoding: bytes, as: UTF8.self))
    case "yaml":
      var bag = DiagnosticBag()
      _ = YAMLComposer.compose(String(decoding: bytes, as: UTF8.self), file: "fuzz.yaml", into: &bag)
    default:
      preconditionFailure("unknown fuzz target '\(name)'; one of: \(names.joined(separator: ", "))")
    }
  }

  /// One Markdown page with no dataset: parse, resolve, render.
  static func page(_ bytes: [UInt8]) {
    let sources = SourceSet(
      pages: [
        SourceFile(path: "Content/index.md", bytes: Array("# Home\n\n[fuzz](fuzz.md#top)\n".utf8)),
        SourceFile(path: "Content/fuzz.md", bytes: bytes),
      ], templates: theme)
    let (result, rendered) = BuildPipeline.check(sources)
    precondition(rendered.files.contains { $0.path == "fuzz.html" } || !result.diagnostics.isEmpty)
  }

  /// Markdown with every GitHub extension through parse and render, code blocks highlighted: tables,
  /// strikethrough, task lists, autolinks, alerts and the highlighter are the newest code on cmark.
  static func markdown(_ text: String) {
    let document = MarkdownParser.parse(text, extensions: .github)
    var positions = 0
    document.forEach { node in if node.start.line >= 0 && node.start.column >= 0 { positions += 1 } }
    let html = HTMLRenderer(options: .init(labelledTaskBoxes: true, highlightCode: true)).render(document)
    precondition(text.isEmpty || !html.isEmpty || positions >= 1)
  }

  /// One dataset file (chosen by the first byte) replaced, then load and validate.
  static func datasetFile(_ bytes: [UInt8]) {
    guard let selector = bytes.first else { return }
    var files = FuzzTarget.dataset.map { DataFile(path: "Content/data/\($0.key)", text: $0.value) }
      .sorted { $0.path < $1.path }
    files[Int(selector) % files.count].text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let (dataset, _) = DatasetLoader.load(files, dataDirectory: "Content/data")
    _ = DatasetValidator.validate(dataset)
  }

  /// A directive body (its kind chosen by the first byte) against the small valid dataset.
  static func directive(_ bytes: [UInt8]) {
    guard let selector = bytes.first else { return }
    let kinds = DirectiveKind.allCases.map(\.rawValue)
    _ = FuzzEntryPoints.directive(
      kind: kinds[Int(selector) % kinds.count], body: String(decoding: bytes.dropFirst(), as: UTF8.self),
      dataset: smallDataset)
  }

  static func escapers(_ text: String) {
    // By scalars: a NUL followed by a combining mark is one Character, which a Character-level
    // replacement would not see.
    var withoutNUL = ""
    withoutNUL.unicodeScalars.append(contentsOf: text.unicodeScalars.filter { $0 != "\0" })
    precondition(HTMLEscaping.unescapeAttribute(HTMLEscaping.escape(withoutNUL)) == withoutNUL)
    precondition(!HTMLEscaping.escape(text).utf8.contains { $0 == UInt8(ascii: "<") || $0 == 0 })
    let href = HTMLEscaping.escapeHref(text)
    precondition(!href.utf8.contains { $0 <= 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "<") })
    let encoded = HTMLEscaping.percentEncodePath(text)
    precondition(encoded.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") })
    precondition(encoded.removingPercentEncoding == text)
    for scriptSafe in [false, true] {
      let json = JSONText.quoted(text, scriptSafe: scriptSafe)
      // Bytes, not Characters: a combining mark after the quote makes one Character of both.
      let bytes = Array(json.utf8)
      precondition(
        bytes.first == UInt8(ascii: "\"") && bytes.last == UInt8(ascii: "\"") && !bytes.contains { $0 < 0x20 }
      )
      if scriptSafe {
        precondition(
          !zip(bytes, bytes.dropFirst()).contains { $0 == UInt8(ascii: "<") && $1 == UInt8(ascii: "/") })
      }
      let decoded = try? JSONSerialization.jsonObject(with: Data(("[" + json + "]").utf8)) as? [String]
      precondition(decoded?.first == text, "JSON round trip")
    }
    let line = TerminalText.escaped(text)
    precondition(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
  }

  static func paths(_ text: String) {
    if SitePath.isSafeRelative(text) {
      let resolved = SitePath.resolve(text, from: "")
      precondition(resolved != nil && !resolved!.split(separator: "/").contains(".."))
    }
    let parts = FuzzEntryPoints.linkParts(text)
    let rebuilt = parts.path + (parts.query.map { "?" + $0 } ?? "") + (parts.fragment.map { "#" + $0 } ?? "")
    precondition(rebuilt.unicodeScalars.elementsEqual(text.unicodeScalars), "split loses nothing")
    _ = SitePath.relativeLink(from: text, to: "guide/intro.html")
    _ = SitePath.relativeLink(from: "a/b.html", to: text)
  }

  static let theme = [
    SourceFile(
      path: "Theme/templates/layout.mustache", bytes: Array("<title>{{page.title}}</title>{{{content}}}".utf8)
    ),
    SourceFile(path: "Theme/templates/page.mustache", bytes: Array("{{{page.bodyHTML}}}".utf8)),
  ]

  static let smallDataset: Dataset = {
    let files = FuzzTarget.dataset.map { DataFile(path: "Content/data/\($0.key)", text: $0.value) }
    return DatasetLoader.load(files.sorted { $0.path < $1.path }, dataDirectory: "Content/data").0
  }()
}
