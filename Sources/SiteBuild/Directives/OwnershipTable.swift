import Dataset
import Markdown

/// A table of owners: one row per layer or control, one column per class or service.
///
/// Each cell names its owner in words with a glyph, links to the row that explains it on the
/// subject's page, carries `inferred`/`disputed` badges, spells out the other claims of a disputed
/// cell, and cites its sources as numbered footnotes under the table.
struct OwnershipTable {
  let id: String
  let caption: String
  let rowGroups: [(String, [CellTarget])]
  let subjects: [EntityReference]
  let context: DirectiveRenderer

  var html: String {
    var footnotes = Footnotes(prefix: id, context: context)
    var out =
      "<figure class=\"demarc-table\" id=\"\(id)\">\n<div class=\"table-scroll\">\n<table class=\"ownership\">\n"
    out +=
      "<caption>\(HTMLEscaping.escape(caption))</caption>\n<thead>\n<tr><th scope=\"col\">Responsibility</th>"
    for subject in subjects {
      out += "<th scope=\"col\">\(context.link(subject, text: context.shortName(subject)))</th>"
    }
    out += "</tr>\n</thead>\n"
    for (group, targets) in rowGroups where !targets.isEmpty {
      out += "<tbody>\n"
      if rowGroups.count > 1 {
        out +=
          "<tr class=\"group\"><th scope=\"colgroup\" colspan=\"\(subjects.count + 1)\">\(group)</th></tr>\n"
      }
      for target in targets {
        out +=
          "<tr><th scope=\"row\">\(context.link(target.reference, text: context.targetName(target)))</th>"
        for subject in subjects {
          out += cellHTML(subject: subject, target: target, footnotes: &footnotes)
        }
        out += "</tr>\n"
      }
      out += "</tbody>\n"
    }
    out += "</table>\n</div>\n" + footnotes.html + "</figure>\n"
    return out
  }

  private func cellHTML(subject: EntityReference, target: CellTarget, footnotes: inout Footnotes) -> String {
    guard let cell = context.cell(of: subject, for: target) else {
      return "<td class=\"owner owner-missing\">–</td>"
    }
    return CompactOwnerCell(subject: subject, target: target, context: context).html(
      cell, footnotes: &footnotes)
  }
}
