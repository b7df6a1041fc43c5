import Dataset
import Markdown

/// The owner cell of the generated tables (matrix, compare, diff): the owner in words with its
/// glyph, linked to the row that explains it, the confidence badge, numbered citations, and, for a
/// table that shows them, the other claims. One drawing for every directive table.
struct CompactOwnerCell {
  let subject: EntityReference
  let target: CellTarget
  let context: DirectiveRenderer
  /// Whether the rival claims of a disputed cell are spelled out.
  var showsClaims = true

  func html(_ cell: Cell, footnotes: inout Footnotes) -> String {
    let owner = cell.owner.value
    var out = "<td class=\"owner owner-\(owner.rawValue)\">"
    let label =
      "<span class=\"glyph\" aria-hidden=\"true\">\(OwnerStyle.glyph(owner))</span> \(OwnerStyle.label(owner))"
    if let href = context.href(subject, anchor: EntityAnchors.row(target)) {
      out += "<a class=\"cell-link\" href=\"\(HTMLEscaping.escape(href))\">\(label)</a>"
    } else {
      out += label
    }
    out += Badges.html(for: cell.confidence)
    out += footnotes.references(cell.citations)
    if showsClaims, !cell.claims.isEmpty {
      out += "<span class=\"claims\">Also claimed: "
      out += cell.claims.map { claim in
        OwnerStyle.label(claim.owner.value) + footnotes.references(claim.citations)
      }.joined(separator: "; ")
      out += "</span>"
    }
    return out + "</td>"
  }
}
