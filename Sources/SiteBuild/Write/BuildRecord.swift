import Dataset
import Diagnostics

/// What a successful build leaves in the output's marker file: the input fingerprint, the size of
/// the output, and the diagnostics it printed. A later build with the same fingerprint and an
/// intact output reports the same diagnostics and writes nothing.
public struct BuildRecord: Sendable, Equatable {
  public var inputDigest: String
  public var pageCount: Int
  public var searchIndexBytes: Int
  /// Files and bytes of the output, not counting the marker file itself.
  public var fileCount: Int
  public var byteCount: Int
  public var diagnostics: [Diagnostic]
  /// The dataset's counts, so `--verbose` says the same on a rebuild that did no work.
  public var datasetSummary: DatasetSummary?

  public init(
    inputDigest: String, pageCount: Int, searchIndexBytes: Int, fileCount: Int, byteCount: Int,
    diagnostics: [Diagnostic], datasetSummary: DatasetSummary? = nil
  ) {
    self.datasetSummary = datasetSummary
    self.inputDigest = inputDigest
    self.pageCount = pageCount
    self.searchIndexBytes = searchIndexBytes
    self.fileCount = fileCount
    self.byteCount = byteCount
    self.diagnostics = diagnostics
  }

  /// The marker file's text: a sentence for people, then one `key: value` per line.
  var text: String {
    var lines = [
      OutputWriter.markerText.trimmingSuffix("\n"), "input-digest: \(inputDigest)", "pages: \(pageCount)",
      "search-index-bytes: \(searchIndexBytes)", "files: \(fileCount)", "bytes: \(byteCount)",
    ]
    if let datasetSummary {
      lines.append("dataset: " + datasetSummary.fields.map(String.init).joined(separator: " "))
    }
    for diagnostic in diagnostics {
      let location = diagnostic.location
      let fields = [
        diagnostic.severity.rawValue, diagnostic.code.rawValue, location?.file ?? "",
        location.map { String($0.line) } ?? "", location.map { String($0.column) } ?? "", diagnostic.message,
      ]
      lines.append("diagnostic: " + fields.map(Self.escape).joined(separator: "\t"))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Reads a marker file back; nil for a marker from an older demarc or anything malformed.
  static func parse(_ text: String) -> BuildRecord? {
    var values: [String: String] = [:]
    var diagnostics: [Diagnostic] = []
    for line in text.split(separator: "\n").dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { return nil }
      let key = String(line[..<colon])
      let valueStart = line.index(colon, offsetBy: 2, limitedBy: line.endIndex) ?? line.endIndex
      let value = String(line[valueStart...])
      if key == "diagnostic" {
        let fields = value.split(separator: "\t", omittingEmptySubsequences: false).map {
          unescape(String($0))
        }
        guard fields.count == 6, let severity = Severity(rawValue: fields[0]),
          let code = DiagnosticCode(rawValue: fields[1])
        else { return nil }
        let location =
          fields[2].isEmpty
          ? nil : SourceLocation(file: fields[2], line: Int(fields[3]) ?? 1, column: Int(fields[4]) ?? 1)
        diagnostics.append(Diagnostic(severity, code, fields[5], at: location))
      } else {
        values[key] = value
      }
    }
    guard let digest = values["input-digest"], let pages = values["pages"].flatMap({ Int($0) }),
      let searchBytes = values["search-index-bytes"].flatMap({ Int($0) }),
      let files = values["files"].flatMap({ Int($0) }), let bytes = values["bytes"].flatMap({ Int($0) })
    else { return nil }
    let summary = values["dataset"].flatMap {
      DatasetSummary(fields: $0.split(separator: " ").compactMap { Int($0) })
    }
    return BuildRecord(
      inputDigest: digest, pageCount: pages, searchIndexBytes: searchBytes, fileCount: files,
      byteCount: bytes,
      diagnostics: diagnostics, datasetSummary: summary)
  }

  private static func escape(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "\\": out += "\\\\"
      case "\t": out += "\\t"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      default: out.append(character)
      }
    }
    return out
  }

  private static func unescape(_ text: String) -> String {
    var out = ""
    var escaping = false
    for character in text {
      if escaping {
        switch character {
        case "t": out += "\t"
        case "n": out += "\n"
        case "r": out += "\r"
        default: out.append(character)
        }
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        out.append(character)
      }
    }
    return out
  }
}

extension String {
  fileprivate func trimmingSuffix(_ suffix: String) -> String {
    hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
  }
}
