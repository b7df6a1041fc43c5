import Dataset
import Markdown

/// Numbered citations for one table: each distinct citation gets one number, in order of first use.
struct Footnotes {
  let prefix: String
  let context: DirectiveRenderer
  private var order: [Citation] = []
  private var numbers: [String: Int] = [:]

  init(prefix: String, context: DirectiveRenderer) {
    self.prefix = prefix
    self.context = context
  }

  /// `<sup>` links to the footnotes for `citations`.
  mutating func references(_ citations: [Citation]) -> String {
    guard !citations.isEmpty else { return "" }
    let links = citations.map { citation -> String in
      let number =
        numbers[citation.text]
        ?? {
          order.append(citation)
          numbers[citation.text] = order.count
          return order.count
        }()
      return "<a href=\"#\(prefix)-fn-\(number)\">\(number)</a>"
    }
    return "<sup class=\"fn\">[" + links.joined(separator: ",") + "]</sup>"
  }

  var html: String {
    guard !order.isEmpty else { return "" }
    var out = "<ol class=\"footnotes\">\n"
    for (index, citation) in order.enumerated() {
      let source = EntityReference(kind: .source, id: citation.sourceID)
      let title = context.dataset.source(citation.sourceID)?.title.value ?? citation.sourceID
      out += "<li id=\"\(prefix)-fn-\(index + 1)\">\(context.link(source, text: citation.text)): "
      out += HTMLEscaping.escape(title) + "</li>\n"
    }
    return out + "</ol>\n"
  }
}
