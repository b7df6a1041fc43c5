/// Turns heading text into unique, URL-safe ids within one page.
///
/// Ids are lowercase ASCII words joined by hyphens (`Who secures what?` → `who-secures-what`);
/// non-ASCII letters are kept, so headings in other scripts still get readable ids. A repeated id
/// gets `-1`, `-2`... in document order, as GitHub does, so the same page always gets the same ids.
public struct HeadingSlugger: Sendable {
  private var used: [String: Int] = [:]

  public init(reserved: some Sequence<String> = []) {
    for id in reserved { used[id] = 0 }
  }

  public mutating func uniqueID(for text: String) -> String {
    let base = Self.slug(text)
    guard let count = used[base] else {
      used[base] = 0
      return base
    }
    var next = count + 1
    while used["\(base)-\(next)"] != nil { next += 1 }
    used[base] = next
    used["\(base)-\(next)"] = 0
    return "\(base)-\(next)"
  }

  /// The id for `text` without uniqueness; `section` when nothing usable remains.
  public static func slug(_ text: String) -> String {
    var slug = ""
    slug.reserveCapacity(text.utf8.count)
    var pendingHyphen = false
    for scalar in text.unicodeScalars {
      let isWordScalar: Bool
      var lowered = scalar
      if scalar.isASCII {
        let byte = UInt8(scalar.value)
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
          lowered = Unicode.Scalar(byte + 32)
          isWordScalar = true
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
          isWordScalar = true
        default:
          isWordScalar = false
        }
      } else {
        isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        if isWordScalar, let single = scalar.properties.lowercaseMapping.unicodeScalars.first {
          lowered = single
        }
      }
      if isWordScalar {
        if pendingHyphen && !slug.isEmpty { slug += "-" }
        pendingHyphen = false
        slug.unicodeScalars.append(lowered)
      } else {
        pendingHyphen = true
      }
    }
    return slug.isEmpty ? "section" : slug
  }
}
