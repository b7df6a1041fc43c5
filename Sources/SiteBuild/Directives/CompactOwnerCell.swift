import Dataset
import SiteTheme

/// The owner cell of the generated tables (matrix, compare, diff): the owner in words with its
/// glyph, linked to the row that explains it, the confidence badge, numbered citations, and, for a
/// table that shows them, the other claims. The theme's `partials/owner-cell` draws it, as it draws
/// the facts tables' cells.
struct CompactOwnerCell {
  let subject: EntityReference
  let target: CellTarget
  let context: DirectiveRenderer
  /// Whether the rival claims of a disputed cell are spelled out.
  var showsClaims = true

  func view(_ cell: Cell, footnotes: inout Footnotes) -> OwnerCellView {
    let owner = cell.owner.value
    let refs = footnotes.references(cell.citations)
    let claims =
      showsClaims
      ? cell.claims.enumerated().map { index, claim in
        ClaimView(
          claimOwner: OwnerStyle.label(claim.owner.value), per: nil,
          claimRefs: footnotes.references(claim.citations), isFirstClaim: index == 0)
      } : []
    return OwnerCellView(
      owner: owner.rawValue, ownerLabel: OwnerStyle.label(owner), glyph: OwnerStyle.glyph(owner),
      confidence: OwnerStyle.confidence(cell.confidence),
      cellHref: context.href(subject, anchor: EntityAnchors.row(target)), footnoteRefs: refs, claims: claims)
  }
}
