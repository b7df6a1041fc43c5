/// Recognises URLs that would run code or read local files when followed.
public enum URLSafety {
  /// True for `javascript:`, `vbscript:`, `file:` and `data:` URLs other than PNG, GIF, JPEG or WebP
  /// images, compared case-insensitively after leading white space, as cmark's safe mode does.
  public static func isDangerous(_ url: String) -> Bool {
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
