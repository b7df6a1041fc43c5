import Foundation
import SiteBuild
import TestSupport
import Testing

/// The one-page view carries what the site carries: every page's tables and diagrams, the entity
/// facts included, and a new printed sheet only where a top-level section begins.
@Suite struct HandbookViewTests {
  /// Each page's section of `handbook.html`, by the section's id.
  private static func sections(of handbook: String) -> [String: String] {
    var sections: [String: String] = [:]
    for part in handbook.components(separatedBy: "<section class=\"handbook-page").dropFirst() {
      guard let idStart = part.range(of: "id=\""),
        let idEnd = part[idStart.upperBound...].firstIndex(of: "\"")
      else { continue }
      sections[String(part[idStart.upperBound..<idEnd])] = part
    }
    return sections
  }

  private static func count(_ needle: String, in text: some StringProtocol) -> Int {
    text.components(separatedBy: needle).count - 1
  }

  @Test func everyTableAndDiagramOfEveryPageIsInTheHandbook() throws {
    let (_, rendered) = try ShippedSite.checked.get()
    let files = Dictionary(
      uniqueKeysWithValues: rendered.files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    let sections = Self.sections(of: try #require(files["handbook.html"]))
    var tables = 0
    var compared = 0
    for (path, html) in files
    where path.hasSuffix(".html") && !path.hasPrefix("handbook") && path != "404.html" {
      guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { continue }
      let main = html[start.lowerBound..<end.upperBound]
      let stem = String(path.dropLast(".html".count)).replacingOccurrences(of: "/", with: "-")
      let section = try #require(sections["page-" + stem], "\(path) has no section in the handbook")
      for element in ["<table", "<svg", "<ul class=\"checklist\""] {
        #expect(
          Self.count(element, in: section) == Self.count(element, in: main),
          "\(path): \(Self.count(element, in: main)) \(element) on the site, \(Self.count(element, in: section)) in the handbook"
        )
      }
      tables += Self.count("<table", in: main)
      compared += 1
    }
    #expect(compared > 100)
    #expect(tables > 80)
  }

  @Test func onlyTopLevelSectionsStartANewSheet() throws {
    let (_, rendered) = try ShippedSite.checked.get()
    let handbook = String(
      decoding: try #require(rendered.files.first { $0.path == "handbook.html" }).bytes, as: UTF8.self)
    let parts = Self.sections(of: handbook).filter { $0.value.hasPrefix(" handbook-part\"") }.keys.sorted()
    #expect(parts.contains("page-layers-index") && parts.contains("page-services-index"))
    #expect(!parts.contains { $0.hasPrefix("page-services-") && $0 != "page-services-index" })
    let css = String(
      decoding: try #require(rendered.files.first { $0.path == "assets/demarc.css" }).bytes, as: UTF8.self)
    #expect(css.contains(".handbook-part { border: 0; margin: 0; break-before: page; }"))
    #expect(css.contains(".handbook-page { margin: 1.5rem 0 0; break-before: auto; }"))
  }
}
