/// Element ids in the single-page handbook, where every page becomes a section and ids from
/// different pages must not collide.
enum HandbookIDs {
  /// `services/rds.html` → `page-services-rds`.
  static func page(_ outputPath: String) -> String {
    let stem = outputPath.hasSuffix(".html") ? String(outputPath.dropLast(5)) : outputPath
    return "page-" + String(stem.map { $0 == "/" || $0 == "." ? "-" : $0 })
  }

  /// A heading's id inside its page's section.
  static func heading(_ id: String, onPage outputPath: String) -> String { page(outputPath) + "--" + id }
}
