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

extension FactTable: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "caption": caption
    case "rowHeader": rowHeader
    case "columns": columns
    case "rows": rows
    default: nil
    }
  }
}

extension FactRow: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "id": id
    case "header": header
    case "href": href
    case "cells": cells
    default: nil
    }
  }
}

extension FactCell: MustacheParent {
  public func child(named name: String) -> Any? {
    switch name {
    case "owner": owner
    case "ownerLabel": ownerLabel
    case "glyph": glyph
    case "providerNote": providerNote
    case "customerNote": customerNote
    case "confidence": confidence
    case "isInferred": isInferred
    case "isDisputed": isDisputed
    case "claims": claims
    case "hasClaims": hasClaims
    case "citations": citations
    case "disputes": disputes
    case "hasDisputes": hasDisputes
    case "origin": origin
    case "reason": reason
    case "exception": exception
    default: nil
    }
  }
}
