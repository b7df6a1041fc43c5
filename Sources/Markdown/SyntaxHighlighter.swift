/// Build-time syntax highlighting for the languages infrastructure docs use most: YAML, JSON,
/// shell, HCL (Terraform), Python, SQL, TOML and diffs. No JavaScript: code blocks arrive coloured.
///
/// One small lexer, configured per language, marks comments, strings, numbers, keywords and keys
/// with `tok-*` classes the theme colours; everything else stays plain, escaped text. It is a
/// highlighter, not a parser: an odd construct is shown plainly, never dropped or reordered, so the
/// text of a block is always exactly the source (the tests check that the spans strip back to it).
public enum SyntaxHighlighter {
  struct Language {
    var lineComments: [String] = []
    var blockComment: (open: String, close: String)?
    var quotes: [Character] = ["\""]
    var keywords: Set<String> = []
    var caseInsensitive = false
    /// YAML-style `key:` and TOML/HCL-style `key =` at the start of a line.
    var keysBefore: [Character] = []
    /// `$NAME` and `${NAME}`.
    var variables = false
  }

  static let languages: [String: Language] = {
    let yaml = Language(
      lineComments: ["#"], quotes: ["\"", "'"],
      keywords: ["true", "false", "null", "yes", "no", "on", "off"],
      keysBefore: [":"])
    let shell = Language(
      lineComments: ["#"], quotes: ["\"", "'"],
      keywords: [
        "if", "then", "else", "elif", "fi", "for", "while", "until", "do", "done", "case", "esac", "in",
        "function", "return", "export", "local", "set", "unset", "sudo", "echo", "cd",
      ], variables: true)
    let hcl = Language(
      lineComments: ["#", "//"], blockComment: ("/*", "*/"),
      keywords: [
        "resource", "data", "variable", "output", "module", "provider", "locals", "terraform", "true",
        "false",
        "null", "for", "in", "if", "dynamic", "content",
      ], keysBefore: ["="])
    let python = Language(
      lineComments: ["#"], quotes: ["\"", "'"],
      keywords: [
        "def", "class", "return", "if", "elif", "else", "for", "while", "in", "not", "and", "or", "is",
        "import",
        "from", "as", "with", "try", "except", "finally", "raise", "lambda", "None", "True", "False", "pass",
        "break", "continue", "yield", "async", "await", "global", "assert",
      ])
    let sql = Language(
      lineComments: ["--"], blockComment: ("/*", "*/"), quotes: ["'", "\""],
      keywords: [
        "select", "from", "where", "and", "or", "not", "insert", "into", "values", "update", "set", "delete",
        "create", "table", "drop", "alter", "grant", "revoke", "on", "to", "join", "left", "right", "inner",
        "outer", "group", "by", "order", "having", "limit", "as", "null", "is", "in", "primary", "key",
        "references", "index", "view", "user", "role", "with", "union", "distinct", "case", "when", "then",
        "else", "end",
      ], caseInsensitive: true)
    let toml = Language(
      lineComments: ["#"], quotes: ["\"", "'"], keywords: ["true", "false"], keysBefore: ["="])
    let json = Language(keywords: ["true", "false", "null"], keysBefore: [":"])
    return [
      "yaml": yaml, "yml": yaml, "sh": shell, "bash": shell, "shell": shell, "console": shell, "zsh": shell,
      "hcl": hcl, "terraform": hcl, "tf": hcl, "python": python, "py": python, "sql": sql, "toml": toml,
      "json": json,
    ]
  }()

  /// True for the languages it colours (`diff` included).
  public static func supports(_ language: String) -> Bool {
    languages[language.lowercased()] != nil || language.lowercased() == "diff"
  }

  /// The block as escaped HTML with `tok-*` spans, or nil for a language it does not know.
  public static func highlight(_ code: String, language: String) -> String? {
    let name = language.lowercased()
    if name == "diff" { return diff(code) }
    guard let spec = languages[name] else { return nil }
    var lexer = Lexer(source: Array(code), language: spec)
    return lexer.run()
  }

  private static func diff(_ code: String) -> String {
    var out = ""
    for (index, line) in code.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if index > 0 { out += "\n" }
      let kind =
        line.hasPrefix("+++") || line.hasPrefix("---") || line.hasPrefix("@@")
        ? "tok-meta" : line.hasPrefix("+") ? "tok-inserted" : line.hasPrefix("-") ? "tok-deleted" : nil
      let text = HTMLEscaping.escape(String(line))
      out += kind.map { "<span class=\"\($0)\">\(text)</span>" } ?? text
    }
    return out
  }

  /// Walks the characters once, emitting plain text and spans.
  private struct Lexer {
    let source: [Character]
    let language: Language
    var index = 0
    var out = ""
    var plain = ""
    /// True while only whitespace (and a YAML `- `) has been seen on this line, where a key may start.
    var atLineStart = true

    init(source: [Character], language: Language) {
      self.source = source
      self.language = language
    }

    mutating func run() -> String {
      while index < source.count {
        let character = source[index]
        if character == "\n" {
          plain.append(character)
          index += 1
          atLineStart = true
          continue
        }
        if let comment = language.lineComments.first(where: { starts(with: $0) }), isCommentStart(comment) {
          var end = index
          while end < source.count && source[end] != "\n" { end += 1 }
          emit("tok-comment", upTo: end)
          continue
        }
        if let block = language.blockComment, starts(with: block.open) {
          var end = index + block.open.count
          while end < source.count && !starts(with: block.close, at: end) { end += 1 }
          emit("tok-comment", upTo: min(source.count, end + block.close.count))
          continue
        }
        if language.quotes.contains(character) {
          var end = index + 1
          while end < source.count && source[end] != character && source[end] != "\n" {
            end += source[end] == "\\" && character == "\"" ? 2 : 1
          }
          end = min(source.count, end + 1)
          emit(isKey(after: end) ? "tok-key" : "tok-string", upTo: end)
          atLineStart = false
          continue
        }
        if language.variables && character == "$" && index + 1 < source.count
          && (source[index + 1] == "{" || source[index + 1].isLetterASCIIFirst || source[index + 1] == "_")
        {
          var end = index + 1
          if source[end] == "{" {
            while end < source.count && source[end] != "}" && source[end] != "\n" { end += 1 }
            end = min(source.count, end + 1)
          } else {
            while end < source.count
              && (source[end].isLetterASCIIFirst || source[end].isNumberASCIIFirst || source[end] == "_")
            {
              end += 1
            }
          }
          emit("tok-variable", upTo: end)
          atLineStart = false
          continue
        }
        if character.isLetterASCIIFirst || character == "_" {
          var end = index
          while end < source.count
            && (source[end].isLetterASCIIFirst || source[end].isNumberASCIIFirst || source[end] == "_"
              || source[end] == "-"
              || source[end] == ".")
          {
            end += 1
          }
          let word = String(source[index..<end])
          if atLineStart && isKey(after: end) {
            emit("tok-key", upTo: end)
          } else if language.keywords.contains(language.caseInsensitive ? word.lowercased() : word) {
            emit("tok-keyword", upTo: end)
          } else {
            plain += word
            index = end
          }
          atLineStart = false
          continue
        }
        if character.isNumberASCIIFirst
          && (index == 0 || !(source[index - 1].isLetterASCIIFirst || source[index - 1] == "_"))
        {
          var end = index
          while end < source.count
            && (source[end].isNumberASCIIFirst || source[end] == "." || source[end] == "_")
          {
            end += 1
          }
          emit("tok-number", upTo: end)
          atLineStart = false
          continue
        }
        if !(character == " " || character == "\t" || (character == "-" && atLineStart)) {
          atLineStart = false
        }
        plain.append(character)
        index += 1
      }
      flush()
      return out
    }

    /// A comment marker counts at the start of a line or after a space (so `a#b` in a URL is not one).
    private func isCommentStart(_ marker: String) -> Bool {
      index == 0 || source[index - 1] == " " || source[index - 1] == "\t" || source[index - 1] == "\n"
    }

    /// True when, after optional spaces, a key separator (`:` then space or end, or `=`) follows.
    private func isKey(after end: Int) -> Bool {
      var cursor = end
      while cursor < source.count && source[cursor] == " " { cursor += 1 }
      guard cursor < source.count, language.keysBefore.contains(source[cursor]) else { return false }
      if source[cursor] == ":" {
        return cursor + 1 >= source.count || source[cursor + 1] == " " || source[cursor + 1] == "\n"
      }
      return !(cursor + 1 < source.count && source[cursor + 1] == "=")
    }

    private func starts(with text: String, at position: Int? = nil) -> Bool {
      let start = position ?? index
      let characters = Array(text)
      guard start + characters.count <= source.count else { return false }
      return Array(source[start..<(start + characters.count)]) == characters
    }

    private mutating func emit(_ kind: String, upTo end: Int) {
      flush()
      out += "<span class=\"\(kind)\">" + HTMLEscaping.escape(String(source[index..<end])) + "</span>"
      index = end
    }

    private mutating func flush() {
      out += HTMLEscaping.escape(plain)
      plain = ""
    }
  }
}

extension Character {
  /// `isLetter`, with an ASCII character answered from its byte: the lexer asks of every character
  /// of every code block, and the Unicode property tables were a fifth of its time.
  var isLetterASCIIFirst: Bool {
    guard let byte = asciiValue else { return isLetter }
    return (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  /// `isNumber`, with an ASCII character answered from its byte (only the digits are numbers).
  var isNumberASCIIFirst: Bool {
    guard let byte = asciiValue else { return isNumber }
    return byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}
