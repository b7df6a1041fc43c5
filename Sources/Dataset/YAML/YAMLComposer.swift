import Diagnostics
import Yams

/// Parses YAML text into a Yams node tree, turning every failure into a diagnostic.
///
/// Uses Yams' `basic` resolver: every scalar stays a string and the schema reader decides its type.
/// That avoids the regular-expression resolvers (a measurable cost) and YAML 1.1 surprises such as
/// `no` becoming `false`. The encoding is passed explicitly so Yams does not consult the environment
/// on every call.
public enum YAMLComposer {
  /// Upper bound on nodes visited in one document; an alias bomb expands past it and is refused.
  public static let nodeBudget = 200_000
  /// Upper bound on nesting depth; the schema never goes deeper than a handful of levels.
  public static let depthLimit = 64

  /// Returns the root node, or nil after adding diagnostics to `bag`.
  ///
  /// - Parameters:
  ///   - lineOffset: added to every line, for YAML embedded after other lines (front matter).
  public static func compose(
    _ text: String, file: String, lineOffset: Int = 0, into bag: inout DiagnosticBag
  ) -> Node? {
    let root: Node?
    do {
      let parser = try Parser(
        yaml: SurrogateEscapes.joined(text), resolver: .basic, constructor: .default, encoding: .utf8)
      root = try parser.singleRoot()
    } catch let error as YamlError {
      bag.append(diagnostic(for: error, file: file, lineOffset: lineOffset))
      return nil
    } catch {
      bag.error(
        .yamlSyntax, "cannot read YAML: \(error)", at: SourceLocation(file: file, line: 1 + lineOffset))
      return nil
    }
    guard let root else { return nil }
    var budget = nodeBudget
    if !withinLimits(root, depth: 0, budget: &budget) {
      let location = SourceLocation(file: file, line: (root.mark?.line ?? 1) + lineOffset, column: 1)
      bag.error(
        .yamlTooComplex,
        "YAML expands to more than \(nodeBudget) nodes or nests deeper than \(depthLimit) levels (aliases count every time they are used)",
        at: location)
      return nil
    }
    return root
  }

  private static func withinLimits(_ node: Node, depth: Int, budget: inout Int) -> Bool {
    budget -= 1
    if budget < 0 || depth > depthLimit { return false }
    switch node {
    case .scalar, .alias: return true
    case .mapping(let mapping):
      for (key, value) in mapping {
        guard withinLimits(key, depth: depth + 1, budget: &budget),
          withinLimits(value, depth: depth + 1, budget: &budget)
        else { return false }
      }
      return true
    case .sequence(let sequence):
      for item in sequence where !withinLimits(item, depth: depth + 1, budget: &budget) { return false }
      return true
    }
  }

  private static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
    func at(_ mark: Mark) -> SourceLocation {
      SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }
    switch error {
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      return .error(.duplicateKey, "duplicate key \(keys) in one mapping", at: at(context.mark))
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let detail = context.map { "\(problem) \($0.text)" } ?? problem
      return .error(.yamlSyntax, "malformed YAML: \(detail)", at: at(mark))
    case .reader(let problem, _, _, _):
      return .error(
        .yamlSyntax, "malformed YAML: \(problem)", at: SourceLocation(file: file, line: 1 + lineOffset))
    default:
      return .error(
        .yamlSyntax, "malformed YAML: \(error)", at: SourceLocation(file: file, line: 1 + lineOffset))
    }
  }
}
