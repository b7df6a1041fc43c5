/// Element ids in the single-page handbook, where every page becomes a section and ids from
/// different pages must not collide.
enum HandbookIDs {
  /// `services/rds.html` → `page-services-rds`.
  /// On bytes: the one-page view asks for it once per link of every page.
  static func page(_ outputPath: String) -> String {
    let path = outputPath.utf8
    let stem = outputPath.hasSuffix(".html") ? path.count - 5 : path.count
    var id = Array("page-".utf8)
    id.reserveCapacity(5 + stem)
    for byte in path.prefix(stem) {
      id.append(byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") ? UInt8(ascii: "-") : byte)
    }
    return String(decoding: id, as: UTF8.self)
  }

  /// A heading's id inside its page's section.
  static func heading(_ id: String, onPage outputPath: String) -> String {
    heading(id, inSection: page(outputPath))
  }

  /// A heading's id inside the section whose id is `sectionID` (``page(_:)``).
  static func heading(_ id: String, inSection sectionID: String) -> String { sectionID + "--" + id }
}
