import Diagnostics

/// How search text becomes terms, the same way in the index and in the reader's query
/// (`demarc.js` mirrors it): lower-cased runs of letters and digits, 2 to 40 characters long.
///
/// ASCII, which is most of any documentation, is handled byte by byte; a run holding other
/// characters is split on whatever is not a letter or a digit and lower-cased as a string.
enum SearchTerms {
  static let shortest = 2
  static let longest = 40

  static func forEach(in text: String, _ body: (String) -> Void) {
    forEachTerm(in: text) { body(String(decoding: $0, as: UTF8.self)) }
  }

  /// Each term's UTF-8 bytes, lent for the call only, so a counter that keeps the bytes it has not
  /// seen (``TermCounter``) makes no string for a term it has.
  ///
  /// It reads the text's own bytes: an ASCII run is lent as it is, or lower-cased into a small
  /// buffer when it has capitals; only a run holding other characters becomes a string.
  static func forEachTerm(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    UTF8Bytes.withBytes(of: text) { bytes in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longest) { lowered in
        var start = 0
        var wide = false
        var capitals = false
        for index in 0...bytes.count {
          let byte = index < bytes.count ? bytes[index] : UInt8(ascii: " ")
          switch byte {
          case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): continue
          case UInt8(ascii: "A")...UInt8(ascii: "Z"):
            capitals = true
            continue
          case 0x80...:
            wide = true
            continue
          default: break
          }
          let run = UnsafeBufferPointer(rebasing: bytes[start..<index])
          defer { (start, wide, capitals) = (index + 1, false, false) }
          if wide {
            wideTerms(in: run, body)
          } else if run.count >= shortest && run.count <= longest {
            guard capitals else {
              body(run)
              continue
            }
            for (offset, byte) in run.enumerated() {
              lowered[offset] = byte | (byte <= UInt8(ascii: "Z") && byte >= UInt8(ascii: "A") ? 0x20 : 0)
            }
            body(UnsafeBufferPointer(rebasing: lowered[0..<run.count]))
          }
        }
      }
    }
  }

  /// The terms of a run holding characters past ASCII: lower-cased as a string, then split on
  /// whatever is not a letter or a digit.
  private static func wideTerms(
    in run: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    for part in String(decoding: run, as: UTF8.self).lowercased().split(whereSeparator: {
      !isWordCharacter($0)
    }) {
      let count = part.unicodeScalars.count
      guard count >= shortest && count <= longest else { continue }
      var term = String(part)
      term.withUTF8(body)
    }
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil }
  }

  /// The shard a term lives in: its first two characters, spelled so they make a safe file name
  /// (`pa`, or `x` and the hex of the UTF-8 bytes for anything but ASCII letters and digits).
  static func shard(of term: String) -> String {
    let key = String(String.UnicodeScalarView(term.unicodeScalars.prefix(2)))
    if key.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }) { return key }
    return "x"
      + key.utf8.map { byte in
        let digits = Array("0123456789abcdef".utf8)
        return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]], as: UTF8.self)
      }.joined()
  }

  /// Base 36, as the postings are written (`parseInt(text, 36)` reads it).
  static func base36(_ value: Int) -> String {
    var bytes: [UInt8] = []
    appendBase36(value, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// ``base36(_:)`` appended to `bytes`, digits `0-9a-z` and a `-` before a negative value: once
  /// for every posting of every term, so without a string each.
  static func appendBase36(_ value: Int, to bytes: inout [UInt8]) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    var rest = value.magnitude
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 13) { digits in
      var count = 0
      repeat {
        let digit = UInt8(rest % 36)
        digits[count] = digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10
        count += 1
        rest /= 36
      } while rest > 0
      for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(digits[index]) }
    }
  }
}
