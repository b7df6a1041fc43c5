import Diagnostics

/// Joins UTF-16 surrogate-pair escapes in double-quoted YAML scalars (`"\ud83d\ude80"`, as JSON
/// encoders and many editors write emoji) into the one `\U0001F680` escape libyaml accepts.
///
/// YAML 1.2 allows the pair form; libyaml rejects each half as an invalid code point. Only escapes
/// inside double quotes are touched: single-quoted and plain scalars have no escapes, and a comment
/// is text. A lone half is left for libyaml to report. The pair's twelve characters become ten, so a
/// diagnostic later on that line is two columns early; that is the only cost.
enum SurrogateEscapes {
  /// Whether `text` holds `\\uD` or `\\ud`, on bytes: every page's front matter is asked.
  static func mayHoldSurrogate(_ text: String) -> Bool {
    UTF8Bytes.withBytes(of: text) { bytes in
      guard bytes.count >= 3 else { return false }
      for index in 0..<(bytes.count - 2) where bytes[index] == UInt8(ascii: "\\") {
        if bytes[index + 1] == UInt8(ascii: "u") && bytes[index + 2] | 0x20 == UInt8(ascii: "d") {
          return true
        }
      }
      return false
    }
  }

  static func joined(_ text: String) -> String {
    guard Self.mayHoldSurrogate(text) else { return text }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    var inDouble = false
    var inSingle = false
    var inComment = false
    var previous: Unicode.Scalar = "\n"  // the last scalar outside quotes that is not a space
    while index < scalars.count {
      let scalar = scalars[index]
      if inComment {
        if scalar == "\n" { inComment = false }
      } else if inDouble {
        if scalar == "\\", index + 1 < scalars.count {
          if let (value, length) = pair(scalars, at: index) {
            out.append(contentsOf: "\\U\(hex8(value))".unicodeScalars)
            index += length
            continue
          }
          out.append(scalar)
          out.append(scalars[index + 1])
          index += 2
          continue
        }
        if scalar == "\"" { inDouble = false }
      } else if inSingle {
        if scalar == "'" { inSingle = false }  // `''` closes and reopens: same result
      } else if scalar == "#" && (previous == "\n" || index > 0 && [" ", "\t"].contains(scalars[index - 1])) {
        inComment = true
      } else if scalar == "\"" && startsScalar(previous) {
        inDouble = true
      } else if scalar == "'" && startsScalar(previous) {
        inSingle = true
      }
      if !inDouble && !inSingle && scalar != " " && scalar != "\t" { previous = scalar }
      out.append(scalar)
      index += 1
    }
    return String(out)
  }

  /// A quote opens a quoted scalar only where a scalar can start.
  private static func startsScalar(_ previous: Unicode.Scalar) -> Bool {
    [":", "-", "[", "{", ",", "?", "\n"].contains(previous)
  }

  /// The code point of `\uD8xx\uDCxx` at `index`, and its length in scalars.
  private static func pair(_ scalars: [Unicode.Scalar], at index: Int) -> (UInt32, Int)? {
    guard let high = escape(scalars, at: index), (0xD800...0xDBFF).contains(high),
      let low = escape(scalars, at: index + 6), (0xDC00...0xDFFF).contains(low)
    else { return nil }
    return (0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00), 12)
  }

  private static func escape(_ scalars: [Unicode.Scalar], at index: Int) -> UInt32? {
    guard index + 6 <= scalars.count, scalars[index] == "\\", scalars[index + 1] == "u" else { return nil }
    return UInt32(String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)])), radix: 16)
  }

  private static func hex8(_ value: UInt32) -> String {
    let hex = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: 8 - hex.count) + hex
  }
}
