import Diagnostics
import Foundation
import Templating

/// The compiled templates of a theme.
///
/// Templates are logic-less Mustache: every decision (sorting, filtering, which owner label to show)
/// is made in Swift and handed over in ``PageContext``. `{{name}}` HTML-escapes, so a dataset or
/// front-matter string can never inject markup; only fields documented as HTML (`content`,
/// `page.bodyHTML`) are meant for `{{{triple}}}` braces.
public struct Theme: Sendable {
  /// Templates every theme must have.
  public static let requiredTemplates: [TemplateName] = [.layout, .page]

  private let library: TemplateLibrary
  public let templateNames: Set<String>
  /// Every literal `id="…"` the templates write (`main`, `toc-heading`…). Heading ids avoid these,
  /// so `## Main` in a page can never give a second `id="main"`.
  public let reservedIDs: Set<String>
  /// The template files this theme was compiled from, in path order: what makes two themes render
  /// alike, so an incremental rebuild can tell that the theme did not change.
  public let sources: [ThemeFile]

  /// Compiles `files`, reporting syntax errors at their line and column and missing templates.
  public static func load(_ files: [ThemeFile], themePath: String) -> (Theme, [Diagnostic]) {
    var library = TemplateLibrary()
    var names: Set<String> = []
    var bag = DiagnosticBag()
    for file in files.sorted(by: { $0.path < $1.path }) {
      do {
        try library.register(file.text, named: file.name)
        names.insert(file.name)
      } catch {
        bag.error(
          .templateSyntax, "template does not parse: \(error.message)",
          at: SourceLocation(file: file.path, line: error.line, column: error.column))
      }
    }
    let paths = Dictionary(files.map { ($0.name, $0.path) }) { first, _ in first }
    for endless in library.endlessPartials() {
      bag.error(
        .endlessPartial,
        "this partial always leads back here (\(endless.cycle.joined(separator: " → "))), outside any section, so rendering '\(endless.template)' would never end; put the partial in a section that can be empty",
        at: SourceLocation(
          file: paths[endless.template] ?? themePath, line: endless.position.line,
          column: endless.position.column))
    }
    let present = Set(files.map(\.name))
    for required in requiredTemplates where !present.contains(required.rawValue) {
      bag.error(
        .missingTemplate, "the theme has no '\(required.rawValue).mustache' in its templates folder",
        at: SourceLocation(file: themePath))
    }
    let ids = Set(files.flatMap { literalIDs(in: $0.text) })
    let theme = Theme(
      library: library, templateNames: names, reservedIDs: ids, sources: files.sorted { $0.path < $1.path })
    return (theme, bag.diagnostics)
  }

  /// The values of ` id="…"` attributes in a template that hold no Mustache tag, or whose only
  /// tag is a leading prefix (`{{idPrefix}}facts` reserves `facts`: on the site the prefix is empty).
  static func literalIDs(in text: String) -> [String] {
    text.components(separatedBy: " id=\"").dropFirst().compactMap { rest in
      guard let end = rest.firstIndex(of: "\"") else { return nil }
      var value = rest[..<end]
      if value.hasPrefix("{{"), let close = value.range(of: "}}") { value = value[close.upperBound...] }
      return value.isEmpty || value.contains("{") ? nil : String(value)
    }
  }

  public func has(_ template: String) -> Bool { templateNames.contains(template) }

  /// Whether any of the theme's templates reads `name` (see ``TemplateLibrary/mentions(_:)``).
  public func mentions(_ name: String) -> Bool { library.mentions(name) }

  /// A generated page's Markdown (`templates/pages/<path>.mustache`, where `path` is its output path
  /// without `.html`) and the template file it came from; nil when the theme has no such page.
  public func generatedPage(_ path: String, _ view: GeneratedPageView) -> (markdown: String, file: String)? {
    let name = Self.generatedPagePrefix + path
    guard let file = sources.first(where: { $0.name == name }),
      let markdown = library.render(name, view)
    else { return nil }
    return (markdown, file.path)
  }

  static let generatedPagePrefix = "pages/"

  public func has(_ template: TemplateName) -> Bool { templateNames.contains(template.rawValue) }

  /// Renders a page template; nil when the theme has no such template.
  public func render(_ template: TemplateName, _ context: PageContext) -> String? {
    library.render(template.rawValue, context)
  }

  public func has(_ partial: Partial) -> Bool { templateNames.contains(partial.rawValue) }

  /// Renders one of demarc's partials; empty when the theme has none of that name.
  public func render(_ partial: Partial, _ view: any TemplateObject) -> String {
    library.render(partial.rawValue, view) ?? ""
  }

  /// Renders `template` with `view`; nil when the theme has no such template.
  public func render(_ template: String, _ view: any TemplateObject) -> String? {
    library.render(template, view)
  }
}

/// Templates compile the same way every time, so two themes built from the same files are equal.
extension Theme: Equatable {
  public static func == (lhs: Theme, rhs: Theme) -> Bool { lhs.sources == rhs.sources }
}
