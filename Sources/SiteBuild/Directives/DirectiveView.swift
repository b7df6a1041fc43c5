import SiteTheme

/// A directive as the values its partial draws. Comparing two of these is far cheaper than drawing
/// one, so a rebuild draws again only the directives whose view changed (a dataset edit changes
/// the few tables that show the edited cell, not every table on every page).
enum DirectiveView: Equatable, Sendable {
  case table(OwnerTableView)
  case diff(DiffFigureView)
  case stack(StackDiagramView)
  case list(EntityListView)
}
