import Dataset
import Diagnostics
import SiteTheme

/// Entry points for the component fuzz targets (`demarc-fuzz`) into parts of the pipeline that are
/// internal to this module. Each takes arbitrary text, runs one component, and returns the
/// diagnostics; a crash, hang or sanitizer report is the only failure.
public enum FuzzEntryPoints {
  /// Front-matter splitting and reading, as for `Content/fuzz.md`.
  public static func frontMatter(_ text: String) -> [Diagnostic] {
    var bag = DiagnosticBag()
    let (_, body) = FrontMatter.split(text, file: "Content/fuzz.md", into: &bag)
    // The body keeps every line, so positions stay the file's own.
    precondition(body.utf8.count <= text.utf8.count + 1)
    return bag.diagnostics
  }

  /// A directive's body parsed and drawn against `dataset`.
  public static func directive(kind: String, body: String, dataset: Dataset) -> [Diagnostic] {
    var parser = DirectiveParser(dataset: dataset, file: "Content/fuzz.md")
    if let directive = parser.parse(info: "demarc \(kind)", body: body, line: 1, column: 1) {
      var routes: [EntityReference: String] = [:]
      for kind in EntityKind.allCases {
        for id in dataset.ids(of: kind) {
          routes[EntityReference(kind: kind, id: id)] = "\(kind.folder)/\(id).html"
        }
      }
      let html = DirectiveRenderer(
        dataset: dataset, entityRoutes: routes, theme: builtInTheme, addressing: .site("fuzz.html")
      ).render(directive, index: 1)
      precondition(!html.isEmpty)
    }
    return parser.bag.diagnostics
  }

  /// The built-in theme's templates, compiled once, which draw the fuzzed directives.
  private static let builtInTheme: Theme = {
    let prefix = "templates/"
    let templates = BuiltInTheme.files.filter { $0.path.hasPrefix(prefix) }.map {
      ThemeFile(
        path: BuiltInTheme.folder + "/" + $0.path,
        name: String($0.path.dropFirst(prefix.count).dropLast(".mustache".count)), text: $0.text)
    }
    return Theme.load(templates, themePath: BuiltInTheme.folder).0
  }()

  /// The split of a link's path into file, query and fragment.
  public static func linkParts(_ destination: String) -> (path: String, query: String?, fragment: String?) {
    let (path, fragment) = LinkContext.splitFragment(destination)
    let (file, query) = LinkContext.splitQuery(path)
    return (file, query, fragment)
  }
}
