/// The partials demarc itself renders, each with the view model it draws. A theme overrides any of
/// them by shipping a file of the same name; the built-in theme has them all.
public enum Partial: String, CaseIterable, Sendable {
  /// An entity's facts, with ``EntityView``.
  case facts = "partials/facts"
  /// A `matrix` or `compare` directive, with ``OwnerTableView``.
  case matrix = "partials/matrix"
  /// A `diff` directive, with ``DiffFigureView``.
  case diff = "partials/diff"
  /// A `stack` directive, with ``StackDiagramView``.
  case stackDiagram = "partials/stack-diagram"
  /// A `list` directive, with ``EntityListView``.
  case entityList = "partials/entity-list"
  /// The one-page view, `handbook.html` and its volumes, with ``HandbookView``.
  case handbook = "partials/handbook"
}
