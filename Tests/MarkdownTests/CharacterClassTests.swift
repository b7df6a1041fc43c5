import Testing

@testable import Markdown

/// The highlighter's ASCII-first letter and digit checks answer as `Character` does, for every
/// ASCII character, CR LF, and characters past ASCII.
@Suite struct CharacterClassTests {
  @Test func asciiFirstChecksMatchCharacters() {
    let characters =
      (0..<128).map { Character(Unicode.Scalar(UInt8($0))) } + ["\r\n", "é", "٣", "Ⅻ", "ß", "😀", "e\u{301}"]
    for character in characters {
      #expect(character.isLetterASCIIFirst == character.isLetter, "\(character.debugDescription)")
      #expect(character.isNumberASCIIFirst == character.isNumber, "\(character.debugDescription)")
    }
  }
}
