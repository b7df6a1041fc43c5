/// Large generated files (the single-page handbook, the search index) assembled with one buffer of
/// the final size: joining the parts first and then adding a head and a tail would hold two or
/// three copies of tens of megabytes at once.
enum Concatenation {
  static func text(head: String, parts: [String], separator: String = "", tail: String) -> String {
    var total = head.utf8.count + tail.utf8.count + separator.utf8.count * max(0, parts.count - 1)
    for part in parts { total += part.utf8.count }
    var out = ""
    out.reserveCapacity(total)
    out += head
    for (index, part) in parts.enumerated() {
      if index > 0 { out += separator }
      out += part
    }
    out += tail
    return out
  }
}
