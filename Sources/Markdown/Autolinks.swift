import Diagnostics

/// GitHub's extended autolinks in text: `www.example.com`, `http://…`, `https://…` and
/// `name@example.com`, with cmark-gfm's rules for where a link may start, what a domain is, and
/// which trailing characters (`.`, `,`, an unbalanced `)`) are left out of it.
enum Autolinks {
  /// Whether `node` is text that may hold a link, which only ``split(_:)`` can tell for sure.
  static func mayHoldLink(_ node: MarkdownNode) -> Bool {
    guard case .text(let literal) = node.kind else { return false }
    return mayHoldLink(literal)
  }

  /// `node` as text and links; any node but text is returned as it is.
  static func split(_ node: MarkdownNode) -> [MarkdownNode] {
    guard case .text(let literal) = node.kind, mayHoldLink(literal) else { return [node] }
    let scalars = Array(literal.unicodeScalars)
    var out: [MarkdownNode] = []
    var plainStart = 0
    var index = 0
    func column(_ position: Int) -> Int {
      node.start.column + String(String.UnicodeScalarView(scalars[..<position])).utf8.count
    }
    func emitPlain(upTo end: Int) {
      guard end > plainStart else { return }
      out.append(
        MarkdownNode(
          .text(String(String.UnicodeScalarView(scalars[plainStart..<end]))),
          start: MarkdownPoint(line: node.start.line, column: column(plainStart))))
    }
    while index < scalars.count {
      // Only `w`, `h` and `@` can begin (or, for `@`, anchor) a link; skip the rest cheaply.
      let value = scalars[index].value | 0x20
      guard value == 0x77 || value == 0x68 || scalars[index] == "@" else {
        index += 1
        continue
      }
      if let (start, end, href) = match(scalars, at: index), start >= plainStart {
        emitPlain(upTo: start)
        let text = String(String.UnicodeScalarView(scalars[start..<end]))
        let point = MarkdownPoint(line: node.start.line, column: column(start))
        out.append(
          MarkdownNode(
            .link(destination: href(text), title: ""), children: [MarkdownNode(.text(text), start: point)],
            start: point))
        plainStart = end
        index = end
      } else {
        index += 1
      }
    }
    guard !out.isEmpty else { return [node] }
    emitPlain(upTo: scalars.count)
    return out
  }

  /// Whether `text` has an `@`, a `://` or a `www.` (any case): a link needs one. Every text node
  /// of every page is asked, so it runs over the string's bytes, and looks back only from `/`
  /// and `.`.
  private static func mayHoldLink(_ text: String) -> Bool {
    UTF8Bytes.withBytes(of: text, mayHoldLink)
  }

  private static func mayHoldLink(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let w = UInt8(ascii: "w")
    for index in bytes.indices {
      switch bytes[index] {
      case UInt8(ascii: "@"): return true
      case UInt8(ascii: "/") where index >= 2:
        if bytes[index - 1] == UInt8(ascii: "/") && bytes[index - 2] == UInt8(ascii: ":") { return true }
      case UInt8(ascii: ".") where index >= 3:
        if bytes[index - 1] | 0x20 == w && bytes[index - 2] | 0x20 == w && bytes[index - 3] | 0x20 == w {
          return true
        }
      default: continue
      }
    }
    return false
  }

  /// A link starting at (or, for an e-mail address, around) `index`: its bounds and its href.
  private static func match(_ s: [Unicode.Scalar], at index: Int) -> (Int, Int, (String) -> String)? {
    let boundary = index == 0 || isBoundary(s[index - 1])
    if boundary, hasPrefix(s, index, "www."), let end = domainAndPath(s, from: index, www: true) {
      return (index, end, { "http://" + $0 })
    }
    // A scheme needs no space before it, only no letter (cmark-gfm reads back over the scheme).
    let schemeStart = index == 0 || !s[index - 1].properties.isAlphabetic
    for scheme in ["https://", "http://"] where schemeStart && hasPrefix(s, index, scheme) {
      if let end = domainAndPath(s, from: index + scheme.unicodeScalars.count, www: false) {
        return (index, end, { $0 })
      }
    }
    if s[index] == "@", let (start, end) = email(s, at: index) {
      return (start, end, { "mailto:" + $0 })
    }
    return nil
  }

  /// Where the link may begin: after a space or one of `*`, `_`, `~`, `(`.
  private static func isBoundary(_ scalar: Unicode.Scalar) -> Bool {
    Strikethrough.isSpace(scalar) || "*_~(".unicodeScalars.contains(scalar)
  }

  private static func hasPrefix(_ s: [Unicode.Scalar], _ index: Int, _ prefix: String) -> Bool {
    let prefix = Array(prefix.unicodeScalars)
    guard index + prefix.count <= s.count else { return false }
    // The prefixes are lowercase ASCII: fold case with the 0x20 bit, not Unicode case mapping.
    return s[index..<(index + prefix.count)].elementsEqual(prefix) {
      ($0.isASCII && $0.properties.isAlphabetic ? $0.value | 0x20 : $0.value) == $1.value
    }
  }

  /// The end of a valid domain (letters, digits, `-`, `_`; no `_` in the last two labels) and the
  /// path after it, with trailing punctuation trimmed; nil when the domain is not valid.
  private static func domainAndPath(_ s: [Unicode.Scalar], from start: Int, www: Bool) -> Int? {
    var end = start
    var labels: [[Unicode.Scalar]] = [[]]
    while end < s.count {
      let scalar = s[end]
      if scalar == "." {
        labels.append([])
      } else if isDomainScalar(scalar) {
        labels[labels.count - 1].append(scalar)
      } else {
        break
      }
      end += 1
    }
    if labels.last?.isEmpty == true && labels.count > 1 {
      labels.removeLast()
      end -= 1  // a final `.` ends the sentence, not the domain
    }
    guard labels.allSatisfy({ !$0.isEmpty }), labels.count >= (www ? 2 : 1),
      labels.suffix(2).allSatisfy({ !$0.contains("_") })
    else { return nil }
    while end < s.count && !Strikethrough.isSpace(s[end]) && s[end] != "<" { end += 1 }
    return trimmed(s, start: start, end: end)
  }

  private static func isDomainScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "-" || scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  /// Trailing `?!.,:*_~` are dropped, then a `)` with no `(` to match, then an entity-like `&x;`.
  private static func trimmed(_ s: [Unicode.Scalar], start: Int, end: Int) -> Int {
    var end = end
    while end > start {
      let last = s[end - 1]
      if "?!.,:*_~'\"".unicodeScalars.contains(last) {
        end -= 1
      } else if last == ")" {
        let open = s[start..<end].filter { $0 == "(" }.count
        let close = s[start..<end].filter { $0 == ")" }.count
        if close > open { end -= 1 } else { break }
      } else if last == ";" {
        var cursor = end - 2
        while cursor > start && (s[cursor].properties.isAlphabetic || s[cursor].properties.numericType != nil)
        {
          cursor -= 1
        }
        if cursor >= start && s[cursor] == "&" && cursor < end - 2 { end = cursor } else { break }
      } else {
        break
      }
    }
    return end
  }

  /// An e-mail address around the `@` at `at`: a local part of letters, digits and `.+-_`, a
  /// domain with at least one `.`, not ending in `-` or `_`.
  private static func email(_ s: [Unicode.Scalar], at: Int) -> (Int, Int)? {
    func isLocal(_ scalar: Unicode.Scalar) -> Bool {
      scalar.isASCII
        && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil
          || ".+-_".unicodeScalars.contains(scalar))
    }
    var start = at
    while start > 0 && isLocal(s[start - 1]) { start -= 1 }
    guard start < at else { return nil }
    var end = at + 1
    var dots = 0
    while end < s.count {
      let scalar = s[end]
      if scalar == "." && end + 1 < s.count && isDomainScalar(s[end + 1]) && s[end + 1].isASCII {
        dots += 1
      } else if !(scalar.isASCII && isDomainScalar(scalar)) {
        break
      }
      end += 1
    }
    guard dots > 0, end > at + 1, s[end - 1] != "-", s[end - 1] != "_" else { return nil }
    return (start, end)
  }
}
