/// Version 5 (SHA-1, name-based) UUIDs, RFC 9562 §5.5: the same namespace and name give the same
/// UUID on every run, so an OSCAL file's ids stay stable while its subjects do, and a diff of two
/// exports shows only what changed.
public enum NameBasedUUID {
  /// The RFC's URL namespace, 6ba7b811-9dad-11d1-80b4-00c04fd430c8.
  public static let urlNamespace: [UInt8] = [
    0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8,
  ]

  /// The UUID of `name` in `namespace`, in lowercase canonical form.
  public static func uuid(_ name: String, namespace: [UInt8] = urlNamespace) -> String {
    var bytes = Array(SHA1.digest(namespace + Array(name.utf8)).prefix(16))
    bytes[6] = (bytes[6] & 0x0F) | 0x50
    bytes[8] = (bytes[8] & 0x3F) | 0x80
    var text: [UInt8] = []
    text.reserveCapacity(36)
    for (index, byte) in bytes.enumerated() {
      if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
      text += SHA1.hexDigits(of: byte)
    }
    return String(decoding: text, as: UTF8.self)
  }
}

/// SHA-1 (FIPS 180-4), only as the hash that version 5 UUIDs are defined with; not for security.
enum SHA1 {
  static func digest(_ message: [UInt8]) -> [UInt8] {
    var h: (UInt32, UInt32, UInt32, UInt32, UInt32) = (
      0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0
    )
    var padded = message
    padded.append(0x80)
    while padded.count % 64 != 56 { padded.append(0) }
    let bitLength = UInt64(message.count) * 8
    for shift in stride(from: 56, through: 0, by: -8) {
      padded.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
    }
    // The message schedule lives on the stack: one digest per OSCAL id, hundreds per export.
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
      for chunk in stride(from: 0, to: padded.count, by: 64) {
        for t in 0..<16 {
          let at = chunk + t * 4
          w[t] =
            UInt32(padded[at]) << 24 | UInt32(padded[at + 1]) << 16 | UInt32(padded[at + 2]) << 8
            | UInt32(padded[at + 3])
        }
        for t in 16..<80 { w[t] = rotate(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1) }
        var (a, b, c, d, e) = h
        for t in 0..<80 {
          let f: UInt32
          let k: UInt32
          if t < 20 {
            (f, k) = ((b & c) | (~b & d), 0x5A82_7999)
          } else if t < 40 {
            (f, k) = (b ^ c ^ d, 0x6ED9_EBA1)
          } else if t < 60 {
            (f, k) = ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC)
          } else {
            (f, k) = (b ^ c ^ d, 0xCA62_C1D6)
          }
          let temp = rotate(a, 5) &+ f &+ e &+ k &+ w[t]
          (e, d, c, b, a) = (d, c, rotate(b, 30), a, temp)
        }
        h = (h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d, h.4 &+ e)
      }
    }
    var digest: [UInt8] = []
    digest.reserveCapacity(20)
    for word in [h.0, h.1, h.2, h.3, h.4] {
      for shift in stride(from: 24, through: 0, by: -8) {
        digest.append(UInt8(truncatingIfNeeded: word >> UInt32(shift)))
      }
    }
    return digest
  }

  /// A byte's two lowercase hexadecimal digits, as UTF-8.
  static func hexDigits(of byte: UInt8) -> [UInt8] {
    [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
  }

  private static let digits = Array("0123456789abcdef".utf8)

  private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
    value << count | value >> (32 - count)
  }
}
