/// The page templates of a theme: `layout` wraps every page, and one inner template renders its
/// content, chosen by what the page is.
public enum TemplateName: String, CaseIterable, Hashable, Sendable {
  case layout
  /// An authored page of prose, and the fallback for the others.
  case page
  /// A page about a dataset entity.
  case entity
  /// A generated index of a folder.
  case section
}
