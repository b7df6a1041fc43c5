/// A set of parsed templates that can include one another as partials by name.
public struct TemplateLibrary: Sendable {
  private var templates: [String: [TemplateNode]] = [:]
  /// The first part of every tag's name in any template (``mentions(_:)``).
  private var mentioned: Set<String> = []

  public init() {}

  /// Parses `text` and files it under `name`, replacing a template of that name.
  public mutating func register(_ text: String, named name: String) throws(TemplateSyntaxError) {
    templates[name] = try TemplateParser.parse(text)
    mentioned = []
    for nodes in templates.values { Self.collectMentions(in: nodes, into: &mentioned) }
  }

  public func has(_ name: String) -> Bool { templates[name] != nil }

  /// Whether any template has a tag whose name starts with `name` (`{{name}}`, `{{#name}}`,
  /// `{{name.field}}`): every lookup of a value starts with its first part, in whatever section it
  /// sits, so a name no tag starts with is one no rendering reads. A renderer may then leave a
  /// costly value uncomputed and out of what it compares.
  public func mentions(_ name: String) -> Bool { mentioned.contains(name) }

  private static func collectMentions(in nodes: [TemplateNode], into names: inout Set<String>) {
    for node in nodes {
      switch node {
      case .text, .partial: break
      case .variable(let tag, _): if let first = tag.parts.first { names.insert(first) }
      case .section(let tag, _, let body):
        if let first = tag.parts.first { names.insert(first) }
        collectMentions(in: body, into: &names)
      }
    }
  }

  /// The template `name` rendered with `view` as its context; nil when there is no such template.
  public func render(_ name: String, _ view: any TemplateObject) -> String? {
    guard let nodes = templates[name] else { return nil }
    var renderer = TemplateRenderer(templates: templates)
    var stack: [TemplateValue] = [.object(view)]
    renderer.render(nodes, stack: &stack)
    return renderer.output
  }
}
