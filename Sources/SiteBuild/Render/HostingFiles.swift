import Diagnostics
import Markdown

/// What a host needs beside the pages: `sitemap.xml` when a base URL is set, and the absolute URLs
/// it lists. (The 404 page is an ordinary generated page; see `LinkResolver`.)
struct HostingFiles {
  static let sitemapName = "sitemap.xml"

  let site: ResolvedSite

  /// Every page's absolute URL, sorted; nil without a base URL, since a sitemap needs one.
  func sitemap() -> OutputFile? {
    guard let base = site.config.baseURL, !base.isEmpty else { return nil }
    var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    for page in site.pages.sorted(by: { $0.outputPath < $1.outputPath })
    where OutputPath.isReadable(page.outputPath) {
      let location = Self.absoluteURL(
        base: base, path: page.outputPath == OutputPath.home ? "" : page.outputPath)
      xml += "  <url><loc>\(xmlEscape(location))</loc></url>\n"
    }
    return OutputFile(path: Self.sitemapName, text: xml + "</urlset>\n")
  }

  /// The absolute URL of an output file under the site's base URL, its path percent-encoded. The
  /// one rule for every absolute URL demarc writes (canonical links, the sitemap).
  static func absoluteURL(base: String, path: String) -> String {
    (base.hasSuffix("/") ? base : base + "/") + HTMLEscaping.percentEncodePath(path)
  }

  /// XML's five entities. Not `HTMLEscaping.escape`: the sitemap protocol asks for `'` escaped too.
  private func xmlEscape(_ text: String) -> String {
    TextEscaping.escape(text, mayNeed: { "&<>\"'".utf8.contains($0) }) {
      switch $0 {
      case "&": "&amp;"
      case "<": "&lt;"
      case ">": "&gt;"
      case "\"": "&quot;"
      case "'": "&apos;"
      default: nil
      }
    }
  }
}
