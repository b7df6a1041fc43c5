/// Reads the TOML front matter of Hugo and Zola (`+++` fences) by rewriting it, line for line, as
/// the YAML the front-matter reader already understands, so every key, check and position stays the
/// same.
///
/// It covers what front matter holds: `key = value` with strings, numbers, booleans, dates and
/// arrays, comments, and `[table]` headers (`[extra]`, `[taxonomies]`). Multi-line strings, arrays
/// of tables and inline tables are reported, not guessed at. A full TOML parser (TOMLKit) would add
/// a C++ library to the build for a handful of lines per page.
enum TOMLFrontMatter {
  struct Problem: Error {
    /// 1-based, within the front matter.
    var line: Int
    var message: String
  }

  static func yaml(from toml: String) -> Result<String, Problem> {
    var lines: [String] = []
    var inTable = false
    for (index, raw) in toml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingPrefix(while: { $0 == " " || $0 == "\t" })
      if line.isEmpty || line.hasPrefix("#") {
        lines.append(String(raw))
        continue
      }
      if line.hasPrefix("[[") {
        return .failure(
          Problem(line: index + 1, message: "arrays of tables ([[...]]) are not read in front matter"))
      }
      if line.hasPrefix("[") {
        guard let close = line.firstIndex(of: "]") else {
          return .failure(Problem(line: index + 1, message: "a table header needs its closing ']'"))
        }
        let name = line[line.index(after: line.startIndex)..<close].trimmingPrefix(while: { $0 == " " })
        guard !name.isEmpty, !name.contains(".") else {
          return .failure(
            Problem(line: index + 1, message: "only one-level tables ([extra]) are read in front matter"))
        }
        lines.append(name.trimmingSuffix(while: { $0 == " " }) + ":")
        inTable = true
        continue
      }
      guard let equals = line.firstIndex(of: "=") else {
        return .failure(Problem(line: index + 1, message: "expected 'key = value'"))
      }
      let key = line[..<equals].trimmingSuffix(while: { $0 == " " || $0 == "\t" })
      let value = line[line.index(after: equals)...].trimmingPrefix(while: { $0 == " " || $0 == "\t" })
      if value.hasPrefix("\"\"\"") || value.hasPrefix("'''") {
        return .failure(Problem(line: index + 1, message: "multi-line strings are not read in front matter"))
      }
      if value.hasPrefix("{") {
        return .failure(
          Problem(line: index + 1, message: "inline tables are not read in front matter; use a [table]"))
      }
      lines.append((inTable ? "  " : "") + key + ": " + value)
    }
    return .success(lines.joined(separator: "\n"))
  }
}

extension Substring {
  fileprivate func trimmingSuffix(while predicate: (Character) -> Bool) -> Substring {
    var end = endIndex
    while end > startIndex, predicate(self[index(before: end)]) { end = index(before: end) }
    return self[startIndex..<end]
  }
}
