/// Rewrites the ids and links inside HTML that demarc itself generated, so the single-page
/// handbook can reuse each page's rendered body instead of rendering it again.
///
/// It looks only at ` id="…"`, ` href="…"`, ` src="…"`, ` aria-labelledby="…"` and an attribute
/// value that is a fragment reference, `="url(#…)`. Each pattern ends in or starts with a `"`,
/// and demarc escapes `"` in text, code and attribute values, so none of them can occur inside
/// a page's prose or code blocks (a CSS snippet with `url(#x)` in a code block is left alone).
struct HTMLAttributeRewriter {
  /// The new value of an `id` (also applied to each id in `aria-labelledby` and `url(#…)`).
  let id: (String) -> String
  /// The new value of an `href` or `src`, given the value as written (escaped).
  let link: (String) -> String

  private enum Kind {
    case id, link, idList, reference
  }

  private static let id = Array(" id=\"".utf8)
  private static let href = Array(" href=\"".utf8)
  private static let src = Array(" src=\"".utf8)
  private static let labelledBy = Array(" aria-labelledby=\"".utf8)
  private static let reference = Array("=\"url(#".utf8)

  func rewrite(_ html: String) -> String {
    var html = html
    return html.withUTF8 { bytes in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count + bytes.count / 8)
      var copied = 0
      Self.forEachValue(in: bytes) { value, kind in
        out.append(contentsOf: bytes[copied..<value.lowerBound])
        let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[value]), as: UTF8.self)
        out.append(contentsOf: transform(written, kind).utf8)
        copied = value.upperBound
      }
      out.append(contentsOf: bytes[copied...])
      return String(decoding: out, as: UTF8.self)
    }
  }

  /// Every `id` value in `html`, for links that point into the same page.
  static func ids(in html: String) -> Set<String> {
    var ids: Set<String> = []
    var html = html
    html.withUTF8 { bytes in
      forEachValue(in: bytes) { value, kind in
        if kind == .id {
          ids.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[value]), as: UTF8.self))
        }
      }
    }
    return ids
  }

  /// Calls `visit` with the byte range and kind of every value the patterns introduce, in order.
  /// A value with no terminator (truncated HTML) ends the scan.
  private static func forEachValue(
    in bytes: UnsafeBufferPointer<UInt8>, _ visit: (Range<Int>, Kind) -> Void
  ) {
    var index = 0
    while index < bytes.count {
      guard let (pattern, kind) = pattern(at: index, in: bytes) else {
        index += 1
        continue
      }
      let start = index + pattern.count
      let terminator = kind == .reference ? UInt8(ascii: ")") : UInt8(ascii: "\"")
      var end = start
      while end < bytes.count && bytes[end] != terminator { end += 1 }
      guard end < bytes.count else { return }
      visit(start..<end, kind)
      index = end
    }
  }

  /// The pattern that starts at `index`, checked cheaply by its first two bytes.
  private static func pattern(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> ([UInt8], Kind)? {
    guard index + 1 < bytes.count else { return nil }
    let (first, second) = (bytes[index], bytes[index + 1])
    let candidate: ([UInt8], Kind)
    switch (first, second) {
    case (UInt8(ascii: " "), UInt8(ascii: "i")): candidate = (id, .id)
    case (UInt8(ascii: " "), UInt8(ascii: "h")): candidate = (href, .link)
    case (UInt8(ascii: " "), UInt8(ascii: "s")): candidate = (src, .link)
    case (UInt8(ascii: " "), UInt8(ascii: "a")): candidate = (labelledBy, .idList)
    case (UInt8(ascii: "="), UInt8(ascii: "\"")): candidate = (reference, .reference)
    default: return nil
    }
    let pattern = candidate.0
    guard index + pattern.count <= bytes.count else { return nil }
    for offset in 2..<pattern.count where bytes[index + offset] != pattern[offset] { return nil }
    return candidate
  }

  private func transform(_ value: String, _ kind: Kind) -> String {
    switch kind {
    case .id, .reference: id(value)
    case .link: link(value)
    case .idList: value.split(separator: " ").map { id(String($0)) }.joined(separator: " ")
    }
  }
}
