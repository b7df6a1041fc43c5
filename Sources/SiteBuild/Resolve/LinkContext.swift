import Dataset
import Diagnostics
import Foundation
import Markdown

/// Resolves the links and images of one page. Kept apart from the resolver so that each page's
/// links are a pure function of the routes, ready to run in parallel.
struct LinkContext {
  /// What every page's links resolve against.
  let site: PageLinks
  let pagePath: String
  let sourcePath: String
  /// The page's folder, which every relative link starts from: found once, not once a link.
  private let pageFolder: String
  var bag = DiagnosticBag()
  var referencedEntities: Set<EntityReference> = []
  /// The anchors of every page a fragment was checked against: what this page's result depends on
  /// besides the site's structure (see ``ResolveMemory``).
  var consultedAnchors: [String: Set<String>] = [:]

  init(site: PageLinks, pagePath: String, sourcePath: String) {
    self.site = site
    self.pagePath = pagePath
    self.sourcePath = sourcePath
    pageFolder = SitePath.directory(of: pagePath)
  }

  /// The final destination of a link or image node, with diagnostics for anything wrong with it.
  mutating func resolve(_ node: MarkdownNode, destination: String) -> String {
    let location = SourceLocation(file: sourcePath, line: node.start.line, column: node.start.column)
    if case .image = node.kind { return resolve(destination, at: location, isImage: true) }
    return resolve(destination, at: location, isImage: false)
  }

  /// Diagnostics for nodes other than links: raw HTML that will be dropped, footnotes not rendered.
  mutating func inspect(_ node: MarkdownNode) {
    switch node.kind {
    case .htmlBlock, .htmlInline:
      guard !site.allowRawHTML else { return }
      bag.warning(
        .rawHTMLDropped, "raw HTML is dropped; set allow_raw_html: true in demarc.yaml to keep it",
        at: SourceLocation(file: sourcePath, line: node.start.line, column: node.start.column))
    case .paragraph:
      // Footnotes (`[^1]`, `[^1]: text`) are not rendered yet; say so where one is written rather
      // than show `[^1]` silently. Only the paragraph's own text counts, not its code spans.
      if Self.mentionsFootnote(node.children) {
        bag.warning(
          .unsupportedSyntax, "footnotes ([^1]) are not supported yet; the text is shown as written",
          at: SourceLocation(file: sourcePath, line: node.start.line, column: node.start.column))
      }
    default:
      break
    }
  }

  /// Whether the text children, read as one text, hold `[^` and a later `]`. On bytes: every
  /// paragraph of every page is checked, and a search through Foundation was 4 % of a build.
  static func mentionsFootnote(_ children: [MarkdownNode]) -> Bool {
    // Most paragraphs have no `[` in their text at all (a link's brackets are not text): a
    // `memchr` for it per text, before the byte walk.
    let mayHoldOne = children.indices.contains { index in
      guard case .text(let literal) = children[index].kind else { return false }
      return UTF8Bytes.contains(UInt8(ascii: "["), in: literal)
    }
    guard mayHoldOne else { return false }
    var previous: UInt8 = 0
    var opened = false
    for child in children {
      guard case .text(let literal) = child.kind else { continue }
      for byte in literal.utf8 {
        if opened {
          if byte == UInt8(ascii: "]") { return true }
        } else if previous == UInt8(ascii: "["), byte == UInt8(ascii: "^") {
          opened = true
        }
        previous = byte
      }
    }
    return false
  }

  private mutating func resolve(_ destination: String, at location: SourceLocation, isImage: Bool) -> String {
    guard !destination.isEmpty else { return destination }
    let (written, fragment) = Self.splitFragment(destination)
    if written.isEmpty {
      guard let fragment else { return destination }
      return "#" + checkAnchor(fragment, onPage: pagePath, at: location)
    }
    if let scheme = Self.scheme(of: written) {
      if let kind = EntityKind(rawValue: scheme) {
        return resolveEntity(
          kind: kind, id: String(written.dropFirst(scheme.count + 1)), fragment: fragment, at: location)
      }
      if URLSafety.isDangerous(destination) {
        bag.warning(
          .unsafeURL, "a '\(scheme):' URL can run code or read local files; it was removed", at: location)
      }
      return destination
    }
    // Site-absolute (`/guide/intro.md`) and Zola's `@/guide/intro.md` start at the content root and
    // are written back relative, so they work from file:// and under any subpath. `//host/x` is
    // another site.
    var path = written
    var fromRoot = false
    if path.hasPrefix("@/") {
      path.removeFirst(2)
      fromRoot = true
    } else if path.hasPrefix("/") {
      if path.hasPrefix("//") { return destination }
      path.removeFirst()
      fromRoot = true
    }
    // A query (`intro.md?tab=2`) is the browser's business: the file is checked, the query kept.
    let (filePath, query) = Self.splitQuery(path)
    // Checked on bytes: this runs for every link of every page, and most have no escapes.
    let decoded =
      filePath.utf8.contains(UInt8(ascii: "%")) ? filePath.removingPercentEncoding ?? filePath : filePath
    let suffix = query.map { "?\($0)" } ?? ""
    if decoded.utf8.contains(UInt8(ascii: "\\")) {
      broken(
        .brokenLink, "'\(filePath)' has a backslash, which is not a folder separator in a link; write '/'",
        at: location)
      return destination
    }
    guard !decoded.utf8.contains(0),
      let target = SitePath.resolve(decoded, from: fromRoot ? "" : pageFolder)
    else {
      broken(.brokenLink, "'\(filePath)' points outside \(site.contentFolder)/", at: location)
      return destination
    }
    if target.hasSuffix(".md") {
      guard let route = site.routeByContentPath[target] else {
        if site.draftPaths.contains(target) {
          broken(
            .brokenLink,
            "\(site.contentFolder)/\(target) is a draft, left out of this build (--drafts keeps it)",
            at: location)
          return destination
        }
        let hint = Suggestion.hint(Suggestion.nearest(to: target, in: site.routeByContentPath.keys))
        broken(.brokenLink, "no page \(site.contentFolder)/\(target)\(hint)", at: location)
        return destination
      }
      let anchor = fragment.map { checkAnchor($0, onPage: route, at: location) }
      if let entity = site.entityByRoute[route] {
        referencedEntities.insert(entity)
      }
      return SitePath.relativeLink(from: pagePath, to: route) + suffix + (anchor.map { "#\($0)" } ?? "")
    }
    let folderPage = OutputPath.folderIndex(of: target)
    let file =
      site.assetPaths.contains(target) || site.anchorsByPath[target] != nil
      ? target : site.anchorsByPath[folderPage] != nil ? folderPage : nil
    guard let file else {
      // A site-absolute path demarc does not build may be served by the host; only a page is checked.
      if fromRoot { return destination }
      let page = target + ".md"
      let hint =
        site.routeByContentPath[page] != nil
        ? Suggestion.hint(page.split(separator: "/").last.map(String.init) ?? page) : ""
      broken(.brokenLink, "no file \(site.contentFolder)/\(target)\(hint)", at: location)
      return destination
    }
    guard fromRoot else { return destination }
    return SitePath.relativeLink(from: pagePath, to: file) + suffix + (fragment.map { "#\($0)" } ?? "")
  }

  /// A broken link or anchor: an error, or a warning under `links: warn`.
  private mutating func broken(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) {
    bag.append(Diagnostic(site.linkSeverity, code, message, at: location))
  }

  private mutating func resolveEntity(
    kind: EntityKind, id: String, fragment: String?, at location: SourceLocation
  ) -> String {
    let reference = EntityReference(kind: kind, id: id)
    guard let route = site.entityRoutes[reference] else {
      if case .failure(let unknown) = site.dataset.lookup(reference) {
        bag.append(unknown.diagnostic(.unknownEntity, at: location))
      } else {
        bag.error(.unknownEntity, "\(reference) has no page", at: location)
      }
      return ""
    }
    referencedEntities.insert(reference)
    let anchor = fragment.map { checkAnchor($0, onPage: route, at: location) }
    return SitePath.relativeLink(from: pagePath, to: route) + (anchor.map { "#\($0)" } ?? "")
  }

  /// Checks `fragment` against the page's anchors and returns the fragment to write.
  ///
  /// Browsers match a fragment to an id code point by code point, while Swift strings compare by
  /// canonical equivalence, so `#café` typed decomposed (as some editors save it) would pass a plain
  /// comparison and then fail in every browser. A fragment that matches only once normalised is
  /// rewritten to the id's own spelling.
  private mutating func checkAnchor(_ fragment: String, onPage path: String, at location: SourceLocation)
    -> String
  {
    guard let anchors = site.anchorsByPath[path] else { return fragment }
    consultedAnchors[path] = anchors
    // Foundation's decoding only for a fragment with an escape: most have none.
    let decoded =
      fragment.utf8.contains(UInt8(ascii: "%")) ? fragment.removingPercentEncoding ?? fragment : fragment
    guard let index = anchors.firstIndex(of: decoded) else {
      let hint = Suggestion.hint(Suggestion.nearest(to: decoded, in: anchors).map { "#" + $0 })
      broken(.brokenAnchor, "\(path) has no heading or anchor '#\(decoded)'\(hint)", at: location)
      return fragment
    }
    let id = anchors[index]
    return id.unicodeScalars.elementsEqual(decoded.unicodeScalars) ? fragment : id
  }

  /// The path and the query of a link's path part (`intro.md?tab=2` → `intro.md`, `tab=2`).
  static func splitQuery(_ path: String) -> (path: String, query: String?) {
    let utf8 = path.utf8
    guard let mark = utf8.firstIndex(of: UInt8(ascii: "?")) else { return (path, nil) }
    return (String(path[..<mark]), String(path[utf8.index(after: mark)...]))
  }

  static func splitFragment(_ destination: String) -> (path: String, fragment: String?) {
    let utf8 = destination.utf8
    guard let hash = utf8.firstIndex(of: UInt8(ascii: "#")) else { return (destination, nil) }
    return (String(destination[..<hash]), String(destination[utf8.index(after: hash)...]))
  }

  /// The URL scheme (`https`, `service`...), lowercased, when the destination has one.
  static func scheme(of destination: String) -> String? {
    // On bytes: this runs for every link of every page, twice with the one-page view.
    let utf8 = destination.utf8
    guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")) else { return nil }
    let scheme = utf8[..<colon]
    func isLetter(_ byte: UInt8) -> Bool {
      (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }
    guard let first = scheme.first, isLetter(first),
      scheme.allSatisfy({
        isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "+")
          || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
      })
    else { return nil }
    return String(decoding: scheme, as: UTF8.self).lowercased()
  }
}
