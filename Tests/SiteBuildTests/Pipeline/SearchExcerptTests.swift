import Testing

@testable import SiteBuild

/// The search excerpt's whitespace rule, on bytes: runs of spaces, tabs and line feeds become one
/// space, none is left at either end, and every other byte (non-ASCII text, a carriage return)
/// stays as it was.
@Suite struct SearchExcerptTests {
  @Test(arguments: [
    ("  one\ttwo\n\nthree  ", "one two three"),
    ("", ""),
    (" \t\n ", ""),
    ("already tidy", "already tidy"),
    ("Über  straße\n日本", "Über straße 日本"),
    ("a\rb", "a\rb"),
  ])
  func whitespaceCollapses(_ text: String, _ expected: String) {
    #expect(SearchIndexBuilder.collapseWhitespace(text) == expected)
  }
}
