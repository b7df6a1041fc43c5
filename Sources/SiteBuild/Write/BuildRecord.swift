import Dataset
import Diagnostics
import Foundation

/// What a successful build leaves in the output's marker file: the input fingerprint, the size of
/// the output, and the diagnostics it printed. A later build with the same fingerprint and an
/// intact output reports the same diagnostics and writes nothing.
///
/// The file is a sentence for people (``OutputWriter/markerText``) followed by the record as JSON,
/// with sorted keys so that the same build writes the same bytes.
public struct BuildRecord: Sendable, Equatable, Codable {
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

  /// The marker file's text.
  var text: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    let json = (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    return OutputWriter.markerText + json + "\n"
  }

  /// Reads a marker file back; nil for a marker from an older demarc or anything malformed.
  static func parse(_ text: String) -> BuildRecord? {
    guard text.hasPrefix(OutputWriter.markerText) else { return nil }
    return try? JSONDecoder().decode(
      BuildRecord.self, from: Data(text.dropFirst(OutputWriter.markerText.count).utf8))
  }
}
