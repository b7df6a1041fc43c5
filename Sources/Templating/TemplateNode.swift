/// One piece of a parsed template. Names are split at their dots when parsed, once.
indirect enum TemplateNode: Sendable {
  case text(String)
  /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}` (as it is).
  case variable(TagName, escaped: Bool)
  /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
  case section(TagName, inverted: Bool, body: [TemplateNode])
  /// `{{> name}}`; a standalone partial indents every line it renders by the tag's indentation.
  case partial(String, indentation: String, at: TemplatePosition)
}

/// A tag's name: `.` (the current context) or dotted parts (`page.title`).
struct TagName: Sendable, Equatable {
  /// Empty for `.`.
  let parts: [String]
  let text: String

  init(_ text: String) {
    self.text = text
    parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
  }
}

/// Where a tag starts in its template: a 1-based line, and a column counted in characters.
public struct TemplatePosition: Sendable, Equatable {
  public let line: Int
  public let column: Int
}
