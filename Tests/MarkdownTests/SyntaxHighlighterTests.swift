import Markdown
import Testing

/// Build-time highlighting marks tokens and never changes the text of a block.
@Suite struct SyntaxHighlighterTests {
  static let samples: [(String, String)] = [
    ("yaml", "# c\nname: \"web\" # t\nlist:\n  - port: 8080\nflag: true\nurl: http://x.org/#frag\n"),
    ("hcl", "resource \"a\" \"b\" {\n  x = \"y\" // c\n  /* block\n  comment */ n = 3\n}\n"),
    ("sh", "export A=\"x $B\" # c\nif [ -n \"${A}\" ]; then echo 'q'; fi\n"),
    ("python", "def f(x):\n    return 'a\\'b' + \"c\"  # 1\n"),
    ("sql", "select * from t where a = 'x'; -- c\n"),
    ("toml", "[t]\nk = \"v\"\nn = 1_000\n"), ("json", "{\"k\": [1, 2.5, true, null, \"s\\\"q\"]}"),
    ("diff", "--- a\n+++ b\n@@ -1 +1 @@\n-x\n+y\n context\n"),
    ("yaml", "\"unterminated\nkey: 'also\n"), ("sh", "caf\u{E9}\u{301} \"\u{301}odd\" <b>&amp;</b>\n"),
  ]

  /// The text inside the spans, unescaped, is the source exactly.
  @Test(arguments: samples)
  func highlightingKeepsTheText(_ language: String, _ code: String) throws {
    let html = try #require(SyntaxHighlighter.highlight(code, language: language))
    var text = ""
    var inTag = false
    for character in html {
      if character == "<" {
        inTag = true
      } else if character == ">" {
        inTag = false
      } else if !inTag {
        text.append(character)
      }
    }
    #expect(HTMLEscaping.unescapeAttribute(text) == code)
    #expect(html.contains("<span class=\"tok-"))
  }

  @Test func tokensAreMarked() throws {
    let yaml = try #require(SyntaxHighlighter.highlight("name: \"web\" # note\nn: 3\n", language: "YAML"))
    #expect(yaml.contains("<span class=\"tok-key\">name</span>"))
    #expect(yaml.contains("<span class=\"tok-string\">&quot;web&quot;</span>"))
    #expect(yaml.contains("<span class=\"tok-comment\"># note</span>"))
    #expect(yaml.contains("<span class=\"tok-number\">3</span>"))
    let sql = try #require(SyntaxHighlighter.highlight("SELECT a FROM b", language: "sql"))
    #expect(sql.contains("<span class=\"tok-keyword\">SELECT</span>"))
    let url = try #require(SyntaxHighlighter.highlight("url: http://x.org/#frag", language: "yaml"))
    #expect(!url.contains("tok-comment"), "a # inside a word is not a comment")
    #expect(SyntaxHighlighter.highlight("fn main() {}", language: "rust") == nil)
  }

  @Test func theRendererHighlightsOnlyWhenAsked() {
    let document = MarkdownParser.parse("```yaml\nk: 1\n```\n")
    let plain = HTMLRenderer().render(document)
    #expect(plain == MarkdownParser.referenceHTML("```yaml\nk: 1\n```\n"))
    let coloured = HTMLRenderer(options: .init(highlightCode: true)).render(document)
    #expect(
      coloured
        == "<pre><code class=\"language-yaml\"><span class=\"tok-key\">k</span>: <span class=\"tok-number\">1</span>\n</code></pre>\n"
    )
  }
}
