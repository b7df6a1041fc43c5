/// Makes text from file names and file contents safe to print on one line of a terminal or CI log.
///
/// A page named `x\ny: error: forged` would otherwise print a second, fake diagnostic line, and an
/// ESC sequence in a name could recolour or rewrite the terminal. Control characters (C0, DEL, C1),
/// the Unicode line and paragraph separators and the bidirectional overrides (which can make a line
/// read differently from what it says) are written as escapes instead: `\n`, `\r`, `\t`, `\x1b`,
/// `\u{202E}`. Everything else, including other non-ASCII text, is kept as it is.
public enum TerminalText {
  public static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      guard needsEscape(scalar) else {
        out.unicodeScalars.append(scalar)
        continue
      }
      switch scalar {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        let hex = String(scalar.value, radix: 16)
        out += scalar.value < 0x100 ? "\\x" + (hex.count < 2 ? "0" + hex : hex) : "\\u{\(hex.uppercased())}"
      }
    }
    return out
  }

  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x2028, 0x2029: true  // line and paragraph separators
    case 0x202A...0x202E, 0x2066...0x2069: true  // bidirectional embeddings, overrides, isolates
    default: false
    }
  }
}
