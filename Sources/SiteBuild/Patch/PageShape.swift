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
    var parts = InputDigest()
    let front = page.frontMatter
    parts.add("title \(front.title ?? "\u{0}")")
    parts.add("description \(front.description ?? "\u{0}")")
    parts.add("order \(front.order.map(String.init) ?? "-")")
    if let about = front.about {
      parts.add("about \(about.value) \(about.location.line):\(about.location.column)")
    }
    parts.add("draft \(front.draft)")
    for key in front.extra.keys.sorted() { parts.add("extra \(key)=\(front.extra[key] ?? "")") }
    parts.add("deep \(page.document.flattenedAt.count)")
    page.document.forEach { node in
      switch node.kind {
      case .heading(let level): parts.add("h\(level) \(node.plainText)")
      case .link(let destination, let title): parts.add("a \(destination) \(title)")
      case .image(let source, let title): parts.add("img \(source) \(title)")
      case .codeBlock(let info, let literal):
        parts.add(info.hasPrefix("demarc") ? "directive \(info) \(literal)" : "code \(info)")
      case .htmlBlock(let html), .htmlInline(let html): parts.add("html \(html)")
      default: break
      }
    }
    return parts.hex
  }
}
