/// Recognises URLs that would run code or read local files when followed.
public enum URLSafety {
  /// True for `javascript:`, `vbscript:`, `file:` and `data:` URLs other than PNG, GIF, JPEG or WebP
  /// images, compared case-insensitively after leading white space, as cmark's safe mode does.
  public static func isDangerous(_ url: String) -> Bool {
    // Every dangerous URL starts (after the white space) with j, v, f or d in either case; most
    // links start with something else and need no lowercased copy. (No other character lowercases
    // to one of those four.)
    switch url.utf8.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A }).map({ $0 | 0x20 }) {
    case UInt8(ascii: "j"), UInt8(ascii: "v"), UInt8(ascii: "f"), UInt8(ascii: "d"): break
    default: return false
    }
    let lowered = url.drop(while: { $0 == " " || $0 == "\t" || $0 == "\n" }).lowercased()
    if lowered.hasPrefix("javascript:") || lowered.hasPrefix("vbscript:") || lowered.hasPrefix("file:") {
      return true
    }
    if lowered.hasPrefix("data:") {
      let images = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
      return !images.contains { lowered.hasPrefix($0) }
    }
    return false
  }
}
