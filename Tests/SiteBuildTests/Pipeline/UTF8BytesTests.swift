import Diagnostics
import Testing

/// The byte checks over a string's storage answer as the string's UTF-8 view does.
@Suite struct UTF8BytesTests {
  static let texts = [
    "", "~", "plain text", "line\r\nend", "é~ü", String(repeating: "a", count: 4_097) + "~", "nul\0",
  ]

  @Test(arguments: [UInt8(ascii: "~"), UInt8(ascii: "\r"), 0, 0xA9])
  func containsAgreesWithTheView(byte: UInt8) {
    for text in Self.texts {
      #expect(UTF8Bytes.contains(byte, in: text) == text.utf8.contains(byte), "\(text.debugDescription)")
    }
  }

  @Test func containsWhereAgreesWithTheView() {
    let tests: [(UInt8) -> Bool] = [{ $0 >= 0x80 }, { $0 == 0 }, { $0 == UInt8(ascii: "z") }]
    for text in Self.texts {
      for test in tests {
        #expect(UTF8Bytes.contains(in: text, where: test) == text.utf8.contains(where: test))
      }
    }
    #expect(UTF8Bytes.contains(in: "é", where: { $0 == 0xA9 }))
    #expect(!UTF8Bytes.contains(0x7E, in: ""))
  }
}
