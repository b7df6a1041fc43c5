/// What a source is: one of the seed articles, a primary (provider) page, or another secondary text.
public enum SourceKind: String, Hashable, Sendable, CaseIterable {
  case seed
  case primary
  case secondary
}
