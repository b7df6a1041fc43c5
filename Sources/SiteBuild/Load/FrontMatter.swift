import Dataset
import Diagnostics
import Yams

/// A page's YAML front matter: the lines between a leading `---` and the next `---`.
public struct FrontMatter: Hashable, Sendable {
  public var title: String?
  public var description: String?
  /// Position among its siblings in navigation; pages without one follow, by title. Hugo's and
  /// Zola's `weight` and Docusaurus's `sidebar_position` mean the same and are read as it.
  public var order: Int?
  /// Binds the page to a dataset entity (`about: service/rds`): it becomes that entity's page.
  public var about: Located<EntityReference>?
  /// A draft is left out of the build unless drafts are asked for (`--drafts`).
  public var draft = false
  /// Keys under `extra:`, for templates (`{{page.extra.owner}}`); scalar values only.
  public var extra: [String: String] = [:]

  public init() {}

  static let keys: Set = [
    "title", "description", "order", "weight", "sidebar_position", "about", "draft", "extra",
  ]
  /// The peers' names for `order`, in the order they are preferred when a page gives several.
  static let orderKeys = ["order", "weight", "sidebar_position"]

  /// Splits `text` into front matter and body. The body keeps every line (the front-matter lines
  /// become empty) so cmark's line numbers are the file's.
  ///
  /// YAML front matter is fenced by `---` (or closed by `...`); Hugo's and Zola's TOML front matter
  /// by `+++` (``TOMLFrontMatter``).
  static func split(_ text: String, file: String, into bag: inout DiagnosticBag) -> (FrontMatter, String) {
    let (frontMatter, body) = read(text, file: file, into: &bag)
    return (frontMatter, body.text(in: text))
  }

  /// ``split(_:file:into:)`` with the body left in `text`, as where it starts there.
  static func read(_ text: String, file: String, into bag: inout DiagnosticBag) -> (FrontMatter, BodyStart) {
    let fence: String
    if text.hasPrefix("---\n") || text == "---" {
      fence = "---"
    } else if text.hasPrefix("+++\n") || text == "+++" {
      fence = "+++"
    } else {
      return (FrontMatter(), .whole)
    }
    // Walk the lines of the front matter only: a page may be tens of megabytes long.
    var lineStart = text.utf8.index(text.startIndex, offsetBy: 4, limitedBy: text.endIndex) ?? text.endIndex
    var closing: (lineCount: Int, yamlEnd: String.Index, bodyStart: String.Index)?
    var lineCount = 1
    while lineStart < text.endIndex {
      let lineEnd = text.utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? text.endIndex
      lineCount += 1
      let line = text.utf8[lineStart..<lineEnd]
      if line.elementsEqual(fence.utf8) || (fence == "---" && line.elementsEqual("...".utf8)) {
        let bodyStart = lineEnd < text.endIndex ? text.utf8.index(after: lineEnd) : lineEnd
        closing = (lineCount, lineStart, bodyStart)
        break
      }
      lineStart = lineEnd < text.endIndex ? text.utf8.index(after: lineEnd) : lineEnd
    }
    guard let closing else {
      bag.error(
        .unclosedFrontMatter,
        "front matter starts with '\(fence)' but never ends; add a closing '\(fence)' line",
        at: SourceLocation(file: file, line: 1, column: 1))
      return (FrontMatter(), .whole)
    }
    let yamlStart =
      text.utf8.index(text.startIndex, offsetBy: 4, limitedBy: closing.yamlEnd) ?? closing.yamlEnd
    var yaml = String(text[yamlStart..<closing.yamlEnd])
    let body = BodyStart(
      blankLines: closing.lineCount, offset: text.utf8.distance(from: text.startIndex, to: closing.bodyStart))
    if fence == "+++" {
      switch TOMLFrontMatter.yaml(from: yaml) {
      case .success(let translated): yaml = translated
      case .failure(let problem):
        bag.error(
          .yamlSyntax, "TOML front matter: \(problem.message)",
          at: SourceLocation(file: file, line: problem.line + 1))
        return (FrontMatter(), body)
      }
    }
    return (parse(yaml, file: file, into: &bag), body)
  }

  private static func parse(_ yaml: String, file: String, into bag: inout DiagnosticBag) -> FrontMatter {
    var matter = FrontMatter()
    guard !yaml.allSatisfy(\.isWhitespace),
      let root = YAMLComposer.compose(yaml, file: file, lineOffset: 1, into: &bag)
    else { return matter }
    var reader = SchemaReader(file: file, lineOffset: 1, unknownKeySeverity: .warning)
    if let fields = reader.mapping(root, allowed: keys, what: "front matter") {
      if let node = fields["title"] { matter.title = reader.string(node, what: "title")?.value }
      if let node = fields["description"] {
        matter.description = reader.string(node, what: "description")?.value
      }
      for key in orderKeys {
        if let node = fields[key], let value = reader.integer(node, what: key), matter.order == nil {
          matter.order = value.value
        }
      }
      if let node = fields["draft"] { matter.draft = reader.boolean(node, what: "draft")?.value ?? false }
      if let node = fields["extra"] { matter.extra = readExtra(node, reader: &reader) }
      if let node = fields["about"], let text = reader.string(node, what: "about") {
        matter.about = parseAbout(text, into: &reader.bag)
      }
    }
    bag.append(contentsOf: reader.bag.diagnostics)
    return matter
  }

  /// The scalar values of the `extra:` mapping, by key; anything else is reported and left out.
  private static func readExtra(_ node: Node, reader: inout SchemaReader) -> [String: String] {
    var extra: [String: String] = [:]
    for (key, value) in reader.keyedEntries(node, what: "extra") {
      guard case .scalar(let scalar) = value else {
        reader.bag.warning(
          .typeMismatch, "extra.\(key.value) is a list or mapping; templates get only plain values",
          at: key.location)
        continue
      }
      extra[key.value] = scalar.string
    }
    return extra
  }

  /// `kind/id`, read by the same parser as every other entity reference, with one code for any
  /// malformed value.
  private static func parseAbout(_ text: Located<String>, into bag: inout DiagnosticBag) -> Located<
    EntityReference
  >? {
    guard let reference = EntityReference(parsing: text.value) else {
      let kinds = EntityKind.allCases.map(\.rawValue).joined(separator: ", ")
      bag.error(
        .invalidValue,
        "about must be 'kind/id' with kind one of: \(kinds) and id a lowercase slug (for example 'service/rds')",
        at: text.location)
      return nil
    }
    return Located(reference, at: text.location)
  }
}
