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

  /// Every partial tag outside any section that leads back to its own template, through partials
  /// that are outside sections too: rendering such a template never ends whatever the data (the
  /// renderer stops at ``TemplateRenderer/maximumDepth``), where a partial inside a section can
  /// end when the data runs out (a tree drawn by a partial that includes itself for each child).
  public func endlessPartials() -> [EndlessPartial] {
    let always = templates.mapValues { nodes in
      nodes.compactMap { node -> (name: String, at: TemplatePosition)? in
        guard case .partial(let name, _, let at) = node else { return nil }
        return (name, at)
      }
    }
    var found: [EndlessPartial] = []
    for template in templates.keys.sorted() {
      for tag in always[template] ?? [] {
        if let path = Self.path(from: tag.name, to: template, edges: always) {
          found.append(EndlessPartial(template: template, position: tag.at, cycle: [template] + path))
        }
      }
    }
    return found
  }

  /// The shortest chain of templates from `start` to `goal`, both included, or nil.
  private static func path(
    from start: String, to goal: String, edges: [String: [(name: String, at: TemplatePosition)]]
  ) -> [String]? {
    var previous: [String: String] = [start: start]
    var queue = [start]
    var next = 0
    while next < queue.count {
      let current = queue[next]
      next += 1
      if current == goal {
        var chain = [current]
        while let before = previous[chain[0]], before != chain[0] { chain.insert(before, at: 0) }
        return chain
      }
      for edge in edges[current] ?? [] where previous[edge.name] == nil {
        previous[edge.name] = current
        queue.append(edge.name)
      }
    }
    return nil
  }
}

/// A partial tag that always leads back to its own template (``TemplateLibrary/endlessPartials()``).
public struct EndlessPartial: Sendable, Equatable {
  /// The template that holds the tag, and where the tag is in it.
  public let template: String
  public let position: TemplatePosition
  /// The templates the rendering goes through, from `template` back to it.
  public let cycle: [String]
}
