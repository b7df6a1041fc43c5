/// A set of parsed templates that can include one another as partials by name.
public struct TemplateLibrary: Sendable {
  private var templates: [String: [TemplateNode]] = [:]

  public init() {}

  /// Parses `text` and files it under `name`, replacing a template of that name.
  public mutating func register(_ text: String, named name: String) throws(TemplateSyntaxError) {
    templates[name] = try TemplateParser.parse(text)
  }

  public func has(_ name: String) -> Bool { templates[name] != nil }

  /// The template `name` rendered with `view` as its context; nil when there is no such template.
  public func render(_ name: String, _ view: any TemplateObject) -> String? {
    guard let nodes = templates[name] else { return nil }
    var renderer = TemplateRenderer(templates: templates)
    var stack: [TemplateValue] = [.object(view)]
    renderer.render(nodes, stack: &stack)
    return renderer.output
  }
}
