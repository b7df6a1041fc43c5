import Diagnostics
import Markdown
import Testing

@testable import SiteBuild

/// ``TextEscaping`` copies the runs between replaced scalars whole and asks for a replacement only
/// where a scalar's first byte may need one. Every escaper built on it must give what the plain
/// definition gives: each scalar of the text replaced or kept, one by one.
@Suite struct TextEscapingTests {
  /// The definition, scalar by scalar (the loop the escaper had).
  static func escapedByScalar(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if let replaced = replacement(scalar) { out += replaced } else { out.unicodeScalars.append(scalar) }
    }
    return out
  }

  static let pieces = [
    "a", "Z", " ", "\"", "\\", "\n", "\r", "\t", "<", ">", "&", "'", "\u{0}", "\u{1}", "\u{1F}", "é", "…",
    "\u{2028}", "\u{2029}", "€", "👩‍💻", "e\u{301}", "中", "\u{7F}",
  ]

  static func samples() -> [String] {
    var random = IncrementalRebuildTests.Generator(state: 9)
    return (0..<400).map { round in
      (0..<(round % 23)).map { _ in pieces.randomElement(using: &random)! }.joined()
    } + pieces
  }

  @Test func jsonIsEscapedAsScalarByScalar() {
    for text in Self.samples() {
      for scriptSafe in [false, true] {
        let expected = Self.escapedByScalar(text) { scalar in
          switch scalar {
          case "\"": "\\\""
          case "\\": "\\\\"
          case "\n": "\\n"
          case "\r": "\\r"
          case "\t": "\\t"
          case "<" where scriptSafe: "\\u003c"
          case "\u{2028}" where scriptSafe: "\\u2028"
          case "\u{2029}" where scriptSafe: "\\u2029"
          case let control where control.value < 0x20:
            "\\u00" + (control.value < 0x10 ? "0" : "") + String(control.value, radix: 16)
          default: nil
          }
        }
        #expect(JSONText.quoted(text, scriptSafe: scriptSafe) == "\"" + expected + "\"")
      }
    }
  }

  @Test func htmlIsEscapedAsScalarByScalar() {
    for text in Self.samples() {
      let expected = Self.escapedByScalar(text) { scalar in
        switch scalar {
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        case "\"": "&quot;"
        case "\0": "\u{FFFD}"
        default: nil
        }
      }
      #expect(HTMLEscaping.escape(text) == expected)
    }
  }

  /// A replacement asked of every scalar (`mayNeed` always true) sees each scalar once, whole.
  @Test func everyScalarIsSeenWhole() {
    for text in Self.samples() {
      var seen: [Unicode.Scalar] = []
      let same = TextEscaping.escape(text, mayNeed: { _ in true }) { scalar in
        seen.append(scalar)
        return nil
      }
      #expect(same == text)
      #expect(seen == Array(text.unicodeScalars))
    }
  }
}
