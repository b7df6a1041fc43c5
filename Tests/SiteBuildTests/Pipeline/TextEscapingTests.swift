import Diagnostics
import Markdown
import Testing

@testable import SiteBuild

/// ``TextEscaping`` copies the runs between replaced scalars whole and asks for a replacement only
/// where a scalar's first byte may need one. Every escaper built on it must give what the plain
/// definition gives with its own table: each scalar of the text replaced or kept, one by one.
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
        let expected = Self.escapedByScalar(text) { JSONText.replacement(for: $0, scriptSafe: scriptSafe) }
        #expect(JSONText.quoted(text, scriptSafe: scriptSafe) == "\"" + expected + "\"")
      }
    }
  }

  @Test func htmlIsEscapedAsScalarByScalar() {
    for text in Self.samples() {
      let expected = Self.escapedByScalar(text, HTMLEscaping.replacement)
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
