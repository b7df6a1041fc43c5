/// The GitHub-flavoured extensions, built on cmark's CommonMark tree (cmark stays the parser).
/// Each can be turned off in `demarc.yaml`; plain ``MarkdownParser/parse(_:)`` uses none, so
/// CommonMark input renders exactly as cmark renders it.
public struct MarkdownExtensions: Hashable, Sendable {
  /// Pipe tables, with alignment, inline Markdown in cells and `\|`.
  public var tables: Bool
  /// `~~strike~~` and `~strike~`.
  public var strikethrough: Bool
  /// `- [ ]` and `- [x]` list items.
  public var taskLists: Bool
  /// `www.example.com`, `https://…` and `name@example.com` in text become links.
  public var autolinks: Bool
  /// `> [!NOTE]` and the other GitHub alerts become callouts.
  public var alerts: Bool
  /// Code blocks in the languages ``SyntaxHighlighter`` knows are coloured when rendered.
  public var highlight: Bool

  public init(
    tables: Bool, strikethrough: Bool, taskLists: Bool, autolinks: Bool, alerts: Bool, highlight: Bool = false
  ) {
    self.tables = tables
    self.strikethrough = strikethrough
    self.taskLists = taskLists
    self.autolinks = autolinks
    self.alerts = alerts
    self.highlight = highlight
  }

  public static let none = MarkdownExtensions(
    tables: false, strikethrough: false, taskLists: false, autolinks: false, alerts: false)
  public static let github = MarkdownExtensions(
    tables: true, strikethrough: true, taskLists: true, autolinks: true, alerts: true, highlight: true)
}
