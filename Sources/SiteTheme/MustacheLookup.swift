import Mustache

// Explicit child lookup for every view model. Without it swift-mustache reflects on each value with
// `Mirror` for every `{{tag}}`, which dominated the build's profile; a switch is an order of
// magnitude cheaper and keeps the template-visible names in one place. A test renders every field
// through a template, so a name missing here fails there.

extension PageContext: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "site": site
    case "page": page
    case "nav": nav
    case "breadcrumbs": breadcrumbs
    case "entity": entity
    case "children": children
    case "content": content
    case "hasBreadcrumbs": hasBreadcrumbs
    case "hasChildren": hasChildren
    case "sidebar": sidebar
    case "previous": previous
    case "next": next
    case "toc": toc
    case "hasToc": hasToc
    case "hasPager": hasPager
    default: nil
    }
  }
}

extension NavNode: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "title": title
    case "href": href
    case "current": current
    case "open": open
    case "isSection": isSection
    case "children": children
    case "hasChildren": hasChildren
    default: nil
    }
  }
}

extension TocEntry: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "title": title
    case "href": href
    case "level": level
    case "isSubsection": isSubsection
    default: nil
    }
  }
}

extension SiteView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "title": title
    case "description": description
    case "language": language
    case "onePageTitle": onePageTitle
    default: nil
    }
  }
}

extension PageView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "title": title
    case "description": description
    case "bodyHTML": bodyHTML
    case "hasBody": hasBody
    case "needsHeading": needsHeading
    case "extra": extra
    case "path": path
    case "root": root
    case "template": template
    case "canonicalURL": canonicalURL
    case "baseHref": baseHref
    default: nil
    }
  }
}

extension LinkView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "title": title
    case "href": href
    case "current": current
    case "description": description
    default: nil
    }
  }
}

extension EntityView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "kind": kind
    case "kindLabel": kindLabel
    case "id": id
    case "name": self.name
    case "summary": summary
    case "properties": properties
    case "tables": tables
    case "positions": positions
    case "hasPositions": hasPositions
    case "backlinks": backlinks
    case "hasProperties": hasProperties
    case "hasBacklinks": hasBacklinks
    case "checklist": checklist
    case "hasChecklist": hasChecklist
    case "matrixHref": matrixHref
    case "idPrefix": idPrefix
    default: nil
    }
  }
}

extension ChecklistItemView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "target": target
    case "href": href
    case "owner": owner
    case "ownerLabel": ownerLabel
    case "duty": duty
    case "citations": citations
    default: nil
    }
  }
}

extension PositionView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "claim": claim
    case "citations": citations
    default: nil
    }
  }
}

extension PropertyView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "label": label
    case "value": value
    case "href": href
    default: nil
    }
  }
}

extension OwnerTableView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "tableID": tableID
    case "tableClass": tableClass
    case "caption": caption
    case "rowHeader": rowHeader
    case "columns": columns
    case "groups": groups
    case "emptyMessage": emptyMessage
    case "hasNoRows": hasNoRows
    case "columnCount": columnCount
    case "footnotes": footnotes
    case "hasFootnotes": hasFootnotes
    default: nil
    }
  }
}

extension ColumnView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "columnTitle": columnTitle
    case "columnHref": columnHref
    default: nil
    }
  }
}

extension RowGroupView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "groupTitle": groupTitle
    case "rows": rows
    default: nil
    }
  }
}

extension OwnerRowView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "rowID": rowID
    case "header": header
    case "headerHref": headerHref
    case "cells": cells
    case "change": change
    default: nil
    }
  }
}

extension OwnerCellView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "owner": owner
    case "ownerLabel": ownerLabel
    case "glyph": glyph
    case "isMissing": isMissing
    case "cellHref": cellHref
    case "isInferred": isInferred
    case "isDisputed": isDisputed
    case "footnoteRefs": footnoteRefs
    case "hasFootnoteRefs": hasFootnoteRefs
    case "claims": claims
    case "hasClaims": hasClaims
    case "providerNote": providerNote
    case "customerNote": customerNote
    case "reason": reason
    case "exception": exception
    case "origin": origin
    case "citations": citations
    case "hasCitations": hasCitations
    case "disputes": disputes
    case "hasDisputes": hasDisputes
    default: nil
    }
  }
}

extension FootnoteReference: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "number": number
    case "refHref": refHref
    case "isFirstRef": isFirstRef
    default: nil
    }
  }
}

extension ClaimView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "claimOwner": claimOwner
    case "per": per
    case "claimRefs": claimRefs
    case "hasClaimRefs": hasClaimRefs
    case "isFirstClaim": isFirstClaim
    default: nil
    }
  }
}

extension FootnoteView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "footnoteID": footnoteID
    case "label": label
    case "labelHref": labelHref
    case "sourceTitle": sourceTitle
    default: nil
    }
  }
}

extension StackDiagramView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "titleID": titleID
    case "descID": descID
    case "hatchID": hatchID
    case "width": width
    case "height": height
    case "title": title
    case "desc": desc
    case "columnLabels": columnLabels
    case "rowLabels": rowLabels
    case "cells": cells
    case "legend": legend
    default: nil
    }
  }
}

extension StackColumnView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "center": center
    case "columnLabel": columnLabel
    case "sublabel": sublabel
    default: nil
    }
  }
}

extension StackRowView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "labelX": labelX
    case "labelY": labelY
    case "rowLabel": rowLabel
    default: nil
    }
  }
}

extension StackCellView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "x": x
    case "y": y
    case "cellWidth": cellWidth
    case "cellHeight": cellHeight
    case "owner": owner
    case "ownerLabel": ownerLabel
    case "glyph": glyph
    case "isShared": isShared
    case "isChanged": isChanged
    case "strokeWidth": strokeWidth
    case "cellHref": cellHref
    case "textX": textX
    case "textY": textY
    case "tags": tags
    case "tagY": tagY
    default: nil
    }
  }
}

extension StackLegendView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "x": x
    case "y": y
    case "owner": owner
    case "ownerLabel": ownerLabel
    case "glyph": glyph
    case "isShared": isShared
    case "textX": textX
    case "textY": textY
    default: nil
    }
  }
}

extension EntityListView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "isEmpty": isEmpty
    case "isTable": isTable
    case "items": items
    case "headers": headers
    case "tableRows": tableRows
    default: nil
    }
  }
}

extension ListItemView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "itemTitle": itemTitle
    case "itemHref": itemHref
    case "itemSummary": itemSummary
    default: nil
    }
  }
}

extension ListRowView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "entityPart": entityPart
    case "cells": cells
    default: nil
    }
  }
}

extension ListCellView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "parts": parts
    default: nil
    }
  }
}

extension TextPart: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "text": text
    case "partHref": partHref
    case "isFirstPart": isFirstPart
    default: nil
    }
  }
}

extension DiffFigureView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "figureID": figureID
    case "stack": stack
    case "table": table
    case "summary": summary
    default: nil
    }
  }
}

extension HandbookView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "site": site
    case "coverTitle": coverTitle
    case "summary": summary
    case "stylesheets": stylesheets
    case "isVolume": isVolume
    case "entries": entries
    case "hasContents": hasContents
    case "volumes": volumes
    case "hasVolumes": hasVolumes
    case "sections": sections
    default: nil
    }
  }
}

extension HandbookEntryView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "entryTitle": entryTitle
    case "entryHref": entryHref
    case "entries": entries
    case "hasEntries": hasEntries
    default: nil
    }
  }
}

extension HandbookVolumeView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "volumeTitle": volumeTitle
    case "volumeHref": volumeHref
    case "pageCount": pageCount
    case "pageLabel": pageLabel
    default: nil
    }
  }
}

extension HandbookSectionView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "sectionID": sectionID
    case "isPart": isPart
    case "html": html
    default: nil
    }
  }
}

extension GeneratedPageView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "serviceIDs": serviceIDs
    case "downloads": downloads
    default: nil
    }
  }
}

extension DownloadView: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "title": title
    case "path": path
    case "summary": summary
    default: nil
    }
  }
}
