import SiteBuild

/// Follows every relative `href` in a rendered site and reports those whose file or `#anchor`
/// does not exist, the way a link checker would, but in memory.
public enum LinkAudit {
  /// The `href` values of an HTML page, in order.
  public static func hrefs(in html: String) -> [String] {
    html.components(separatedBy: "href=\"").dropFirst().compactMap {
      $0.split(separator: "\"", maxSplits: 1).first.map(String.init)
    }
  }

  /// Broken links as `page -> href`, and how many relative links were followed.
  public static func broken(in pages: [String: String]) -> (broken: [String], followed: Int) {
    var broken: [String] = []
    var followed = 0
    // Each page's ids, read once: the one-page handbook alone is megabytes, with thousands of links into it.
    var ids: [String: Set<String>] = [:]
    for (path, html) in pages.sorted(by: { $0.key < $1.key }) {
      for href in hrefs(in: html) where !href.contains(":") && !href.isEmpty {
        let parts = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(
          String.init)
        let target = parts[0].isEmpty ? path : SitePath.resolve(parts[0], from: SitePath.directory(of: path))
        followed += 1
        guard let target, let targetHTML = pages[target] else {
          broken.append("\(path) -> \(href)")
          continue
        }
        if parts.count == 2 {
          if ids[target] == nil { ids[target] = Self.ids(in: targetHTML) }
          if ids[target]?.contains(parts[1]) != true { broken.append("\(path) -> \(href) (no such anchor)") }
        }
      }
    }
    return (broken, followed)
  }

  /// The `id` values of an HTML page.
  public static func ids(in html: String) -> Set<String> {
    Set(
      html.components(separatedBy: " id=\"").dropFirst().compactMap {
        $0.split(separator: "\"", maxSplits: 1).first.map(String.init)
      })
  }

  public static func pages(of site: RenderedSite) -> [String: String] {
    Dictionary(
      uniqueKeysWithValues: site.files.filter { file in
        [".html", ".svg", ".css", ".json", ".csv"].contains { file.path.hasSuffix($0) }
      }
      .map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
  }
}
