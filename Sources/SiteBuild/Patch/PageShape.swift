import Markdown

/// A fingerprint of everything in a page that another page, another file or the page's frame can
/// show: its front matter, its headings (ids, the table of contents, anchors, the title), its links
/// and images (their resolved destinations are kept by number), its code blocks' languages and
/// directives, and its raw HTML (which can bring warnings). What it leaves out is the prose itself:
/// text, emphasis, lists, tables, code. Two versions of a page with the same shape differ only in
/// their body's HTML, their search entry and their section of the one-page view, which is what
/// lets a build patch those three places instead of building the site again (``OutputPatch``).
enum PageShape {
  static func digest(of page: LoadedPage) -> String {
    digest(front: front(page.frontMatter), document: page.document)
  }

  /// The front matter's part, which the router keeps with each page; the tree's part is made only
  /// by a build that keeps a ledger (``digest(front:document:)``).
  static func front(_ front: FrontMatter) -> String {
    var parts = InputDigest()
    parts.add("title \(front.title ?? "\u{0}")")
    parts.add("description \(front.description ?? "\u{0}")")
    parts.add("order \(front.order.map(String.init) ?? "-")")
    if let about = front.about {
      parts.add("about \(about.value) \(about.location.line):\(about.location.column)")
    }
    parts.add("draft \(front.draft)")
    for key in front.extra.keys.sorted() { parts.add("extra \(key)=\(front.extra[key] ?? "")") }
    return parts.hex
  }

  static func digest(front: String, document: MarkdownDocument) -> String {
    var parts = InputDigest()
    parts.add(front)
    parts.add("deep \(document.flattenedAt.count)")
    document.forEach { node in
      switch node.kind {
      case .heading(let level):
        parts.add(level == 1 ? "h1" : level == 2 ? "h2" : "h\(level)")
        parts.add(node.plainText)
      case .link(let destination, let title):
        parts.add("a")
        parts.add(destination)
        parts.add(title)
      case .image(let source, let title):
        parts.add("img")
        parts.add(source)
        parts.add(title)
      case .codeBlock(let info, let literal):
        parts.add(info.hasPrefix("demarc") ? "directive" : "code")
        parts.add(info)
        if info.hasPrefix("demarc") { parts.add(literal) }
      case .htmlBlock(let html), .htmlInline(let html):
        parts.add("html")
        parts.add(html)
      default: break
      }
    }
    return parts.hex
  }
}
