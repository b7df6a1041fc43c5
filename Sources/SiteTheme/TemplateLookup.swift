import Templating

// What templates see of every view model: a switch from field names to typed values, which keeps
// the template-visible names in one place and lets rendering run without reflection or dynamic
// casts. A test reads every stored field by name, so a field missing here fails there.

extension PageContext: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "site": site.templateValue
    case "page": page.templateValue
    case "nav": nav.templateValue
    case "breadcrumbs": breadcrumbs.templateValue
    case "entity": entity.templateValue
    case "children": children.templateValue
    case "content": content.templateValue
    case "hasBreadcrumbs": hasBreadcrumbs.templateValue
    case "hasChildren": hasChildren.templateValue
    case "sidebar": sidebar.templateValue
    case "previous": previous.templateValue
    case "next": next.templateValue
    case "toc": toc.templateValue
    case "hasToc": hasToc.templateValue
    case "hasPager": hasPager.templateValue
    default: nil
    }
  }
}

extension NavNode: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "title": title.templateValue
    case "href": href.templateValue
    case "current": current.templateValue
    case "open": open.templateValue
    case "isSection": isSection.templateValue
    case "children": children.templateValue
    case "hasChildren": hasChildren.templateValue
    default: nil
    }
  }
}

extension TocEntry: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "title": title.templateValue
    case "href": href.templateValue
    case "level": level.templateValue
    case "isSubsection": isSubsection.templateValue
    default: nil
    }
  }
}

extension SiteView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "title": title.templateValue
    case "description": description.templateValue
    case "language": language.templateValue
    case "onePageTitle": onePageTitle.templateValue
    default: nil
    }
  }
}

extension PageView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "title": title.templateValue
    case "description": description.templateValue
    case "bodyHTML": bodyHTML.templateValue
    case "hasBody": hasBody.templateValue
    case "needsHeading": needsHeading.templateValue
    case "extra": extra.templateValue
    case "path": path.templateValue
    case "root": root.templateValue
    case "template": template.templateValue
    case "canonicalURL": canonicalURL.templateValue
    case "baseHref": baseHref.templateValue
    default: nil
    }
  }
}

extension LinkView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "title": title.templateValue
    case "href": href.templateValue
    case "current": current.templateValue
    case "description": description.templateValue
    default: nil
    }
  }
}

extension EntityView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "kind": kind.templateValue
    case "kindLabel": kindLabel.templateValue
    case "id": id.templateValue
    case "name": self.name.templateValue
    case "summary": summary.templateValue
    case "properties": properties.templateValue
    case "tables": tables.templateValue
    case "positions": positions.templateValue
    case "hasPositions": hasPositions.templateValue
    case "backlinks": backlinks.templateValue
    case "hasProperties": hasProperties.templateValue
    case "hasBacklinks": hasBacklinks.templateValue
    case "checklist": checklist.templateValue
    case "hasChecklist": hasChecklist.templateValue
    case "matrixHref": matrixHref.templateValue
    case "idPrefix": idPrefix.templateValue
    default: nil
    }
  }
}

extension ChecklistItemView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "target": target.templateValue
    case "href": href.templateValue
    case "owner": owner.templateValue
    case "ownerLabel": ownerLabel.templateValue
    case "duty": duty.templateValue
    case "citations": citations.templateValue
    default: nil
    }
  }
}

extension PositionView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "claim": claim.templateValue
    case "citations": citations.templateValue
    default: nil
    }
  }
}

extension PropertyView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "label": label.templateValue
    case "value": value.templateValue
    case "href": href.templateValue
    default: nil
    }
  }
}

extension OwnerTableView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "tableID": tableID.templateValue
    case "tableClass": tableClass.templateValue
    case "caption": caption.templateValue
    case "rowHeader": rowHeader.templateValue
    case "columns": columns.templateValue
    case "groups": groups.templateValue
    case "emptyMessage": emptyMessage.templateValue
    case "hasNoRows": hasNoRows.templateValue
    case "columnCount": columnCount.templateValue
    case "footnotes": footnotes.templateValue
    case "hasFootnotes": hasFootnotes.templateValue
    default: nil
    }
  }
}

extension ColumnView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "columnTitle": columnTitle.templateValue
    case "columnHref": columnHref.templateValue
    default: nil
    }
  }
}

extension RowGroupView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "groupTitle": groupTitle.templateValue
    case "rows": rows.templateValue
    default: nil
    }
  }
}

extension OwnerRowView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "rowID": rowID.templateValue
    case "header": header.templateValue
    case "headerHref": headerHref.templateValue
    case "cells": cells.templateValue
    case "change": change.templateValue
    default: nil
    }
  }
}

extension OwnerCellView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "owner": owner.templateValue
    case "ownerLabel": ownerLabel.templateValue
    case "glyph": glyph.templateValue
    case "isMissing": isMissing.templateValue
    case "cellHref": cellHref.templateValue
    case "isInferred": isInferred.templateValue
    case "isDisputed": isDisputed.templateValue
    case "footnoteRefs": footnoteRefs.templateValue
    case "hasFootnoteRefs": hasFootnoteRefs.templateValue
    case "claims": claims.templateValue
    case "hasClaims": hasClaims.templateValue
    case "providerNote": providerNote.templateValue
    case "customerNote": customerNote.templateValue
    case "reason": reason.templateValue
    case "exception": exception.templateValue
    case "origin": origin.templateValue
    case "citations": citations.templateValue
    case "hasCitations": hasCitations.templateValue
    case "disputes": disputes.templateValue
    case "hasDisputes": hasDisputes.templateValue
    default: nil
    }
  }
}

extension FootnoteReference: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "number": number.templateValue
    case "refHref": refHref.templateValue
    case "isFirstRef": isFirstRef.templateValue
    default: nil
    }
  }
}

extension ClaimView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "claimOwner": claimOwner.templateValue
    case "per": per.templateValue
    case "claimRefs": claimRefs.templateValue
    case "hasClaimRefs": hasClaimRefs.templateValue
    case "isFirstClaim": isFirstClaim.templateValue
    default: nil
    }
  }
}

extension FootnoteView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "footnoteID": footnoteID.templateValue
    case "label": label.templateValue
    case "labelHref": labelHref.templateValue
    case "sourceTitle": sourceTitle.templateValue
    default: nil
    }
  }
}

extension StackDiagramView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "titleID": titleID.templateValue
    case "descID": descID.templateValue
    case "hatchID": hatchID.templateValue
    case "width": width.templateValue
    case "height": height.templateValue
    case "title": title.templateValue
    case "desc": desc.templateValue
    case "columnLabels": columnLabels.templateValue
    case "rowLabels": rowLabels.templateValue
    case "cells": cells.templateValue
    case "legend": legend.templateValue
    default: nil
    }
  }
}

extension StackColumnView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "center": center.templateValue
    case "columnLabel": columnLabel.templateValue
    case "sublabel": sublabel.templateValue
    default: nil
    }
  }
}

extension StackRowView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "labelX": labelX.templateValue
    case "labelY": labelY.templateValue
    case "rowLabel": rowLabel.templateValue
    default: nil
    }
  }
}

extension StackCellView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "x": x.templateValue
    case "y": y.templateValue
    case "cellWidth": cellWidth.templateValue
    case "cellHeight": cellHeight.templateValue
    case "owner": owner.templateValue
    case "ownerLabel": ownerLabel.templateValue
    case "glyph": glyph.templateValue
    case "isShared": isShared.templateValue
    case "isChanged": isChanged.templateValue
    case "strokeWidth": strokeWidth.templateValue
    case "cellHref": cellHref.templateValue
    case "textX": textX.templateValue
    case "textY": textY.templateValue
    case "tags": tags.templateValue
    case "tagY": tagY.templateValue
    default: nil
    }
  }
}

extension StackLegendView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "x": x.templateValue
    case "y": y.templateValue
    case "owner": owner.templateValue
    case "ownerLabel": ownerLabel.templateValue
    case "glyph": glyph.templateValue
    case "isShared": isShared.templateValue
    case "textX": textX.templateValue
    case "textY": textY.templateValue
    default: nil
    }
  }
}

extension EntityListView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "isEmpty": isEmpty.templateValue
    case "isTable": isTable.templateValue
    case "items": items.templateValue
    case "headers": headers.templateValue
    case "tableRows": tableRows.templateValue
    default: nil
    }
  }
}

extension ListItemView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "itemTitle": itemTitle.templateValue
    case "itemHref": itemHref.templateValue
    case "itemSummary": itemSummary.templateValue
    default: nil
    }
  }
}

extension ListRowView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "entityPart": entityPart.templateValue
    case "cells": cells.templateValue
    default: nil
    }
  }
}

extension ListCellView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "parts": parts.templateValue
    default: nil
    }
  }
}

extension TextPart: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "text": text.templateValue
    case "partHref": partHref.templateValue
    case "isFirstPart": isFirstPart.templateValue
    default: nil
    }
  }
}

extension DiffFigureView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "figureID": figureID.templateValue
    case "stack": stack.templateValue
    case "table": table.templateValue
    case "summary": summary.templateValue
    default: nil
    }
  }
}

extension HandbookView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "site": site.templateValue
    case "coverTitle": coverTitle.templateValue
    case "summary": summary.templateValue
    case "stylesheets": stylesheets.templateValue
    case "isVolume": isVolume.templateValue
    case "entries": entries.templateValue
    case "hasContents": hasContents.templateValue
    case "volumes": volumes.templateValue
    case "hasVolumes": hasVolumes.templateValue
    case "sections": sections.templateValue
    default: nil
    }
  }
}

extension HandbookEntryView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "entryTitle": entryTitle.templateValue
    case "entryHref": entryHref.templateValue
    case "entries": entries.templateValue
    case "hasEntries": hasEntries.templateValue
    default: nil
    }
  }
}

extension HandbookVolumeView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "volumeTitle": volumeTitle.templateValue
    case "volumeHref": volumeHref.templateValue
    case "pageCount": pageCount.templateValue
    case "pageLabel": pageLabel.templateValue
    default: nil
    }
  }
}

extension HandbookSectionView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "sectionID": sectionID.templateValue
    case "isPart": isPart.templateValue
    case "html": html.templateValue
    default: nil
    }
  }
}

extension GeneratedPageView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "serviceIDs": serviceIDs.templateValue
    case "downloads": downloads.templateValue
    default: nil
    }
  }
}

extension DownloadView: TemplateObject {
  public func value(named name: String) -> TemplateValue? {
    switch name {
    case "title": title.templateValue
    case "path": path.templateValue
    case "summary": summary.templateValue
    default: nil
    }
  }
}
