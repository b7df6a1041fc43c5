/// JSON string literals, for the `json` and `sarif` reports and for data written into scripts.
public enum JSONText {
  /// `text` as a JSON string literal with the escapes RFC 8259 requires. With `scriptSafe`, also
  /// `<` (so a `</script>` in the data cannot end an inline or loaded script early) and U+2028 and
  /// U+2029 (line ends to older JavaScript parsers). Text that needs no escape is quoted as it is.
  public static func quoted(_ text: String, scriptSafe: Bool = false) -> String {
    let escaped = TextEscaping.escape(
      text,
      mayNeed: { byte in
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
          || (scriptSafe && (byte == UInt8(ascii: "<") || byte == 0xE2))  // 0xE2 leads U+2028 and U+2029
      }
    ) { replacement(for: $0, scriptSafe: scriptSafe) }
    return "\"" + escaped + "\""
  }

  /// What `scalar` is written as inside a JSON string literal; nil when it is written as it is.
  public static func replacement(for scalar: Unicode.Scalar, scriptSafe: Bool) -> String? {
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
}
