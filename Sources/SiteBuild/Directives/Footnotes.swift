import Dataset
import SiteTheme

/// Numbered citations for one table: each distinct citation gets one number, in order of first use.
struct Footnotes {
  /// The table's element id, already in the page's namespace.
  let prefix: String
  let context: DirectiveRenderer
  private var order: [Citation] = []
  private var numbers: [String: Int] = [:]

  init(prefix: String, context: DirectiveRenderer) {
    self.prefix = prefix
    self.context = context
  }

  /// The numbered links to the footnotes for `citations`, numbering any not seen before.
  mutating func references(_ citations: [Citation]) -> [FootnoteReference] {
    citations.enumerated().map { index, citation in
      let number =
        numbers[citation.text]
        ?? {
          order.append(citation)
          numbers[citation.text] = order.count
          return order.count
        }()
      return FootnoteReference(number: number, refHref: "#\(prefix)-fn-\(number)", isFirstRef: index == 0)
    }
  }

  var views: [FootnoteView] {
    order.enumerated().map { index, citation in
      FootnoteView(
        footnoteID: "\(prefix)-fn-\(index + 1)", label: citation.text,
        labelHref: context.href(EntityReference(kind: .source, id: citation.sourceID)),
        sourceTitle: context.dataset.source(citation.sourceID)?.title.value ?? citation.sourceID)
    }
  }
}
