/// The directives a `demarc <kind>` code block can hold; the one list the parser, its messages and
/// the fuzz targets take the names from.
public enum DirectiveKind: String, CaseIterable, Sendable {
  case matrix
  case compare
  case diff
  case stack
  case list
}
