import Foundation
import Testing

/// A fixture site copied into a temporary folder, so tests can build it, break it and write next to
/// it without touching the source tree.
///
/// Folder fixtures live in `Tests/SiteBuildTests/Fixtures/NAME/` and use the shared test theme in
/// `Fixtures/_theme`. Diagnostics fixtures are txtar-style files in `Fixtures/diagnostics/`: a
/// `# base: NAME` line names the folder fixture they start from, then `-- path --` sections replace
/// or add files, `-- delete: path --` removes one, and `-- expected-diagnostics --` holds the golden.
struct FixtureSite {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  /// The temporary copy of the site root.
  let root: URL
  /// The folder holding the copy and the shared theme; removed by ``remove()``.
  let sandbox: URL

  init(named name: String) throws {
    let fileManager = FileManager.default
    sandbox = fileManager.temporaryDirectory.appendingPathComponent("demarc-fixture-\(UUID().uuidString)")
    try fileManager.createDirectory(at: sandbox, withIntermediateDirectories: true)
    try fileManager.copyItem(
      at: Self.fixtures.appendingPathComponent("_theme"), to: sandbox.appendingPathComponent("_theme"))
    root = sandbox.appendingPathComponent(name)
    try fileManager.copyItem(at: Self.fixtures.appendingPathComponent(name), to: root)
    try? fileManager.removeItem(at: root.appendingPathComponent("expected"))
  }

  func remove() { try? FileManager.default.removeItem(at: sandbox) }

  func url(_ path: String) -> URL { root.appendingPathComponent(path) }

  func write(_ path: String, _ text: String) throws {
    let url = url(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  func write(_ path: String, bytes: [UInt8]) throws {
    let url = url(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }

  /// Adds `text` at the end of a file of the copy.
  func append(_ path: String, _ text: String) throws {
    let handle = try FileHandle(forWritingTo: url(path))
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
  }

  /// Applies the sections of a diagnostics fixture file.
  func apply(_ overlay: Overlay) throws {
    for (path, text) in overlay.files { try write(path, text) }
    for path in overlay.deletions { try FileManager.default.removeItem(at: url(path)) }
  }
}

/// A parsed diagnostics fixture: the base site, the file changes, and the expected diagnostics.
struct Overlay {
  var base = "dataset"
  var files: [(String, String)] = []
  var deletions: [String] = []
  var expected = ""
  let source: URL

  init(contentsOf url: URL) throws {
    source = url
    var text = try String(contentsOf: url, encoding: .utf8)
    if text.hasSuffix("\n") { text.removeLast() }
    var current: String?
    var buffer: [Substring] = []
    func flush(_ overlay: inout Overlay) {
      guard let name = current else { return }
      let body = buffer.joined(separator: "\n") + (buffer.isEmpty ? "" : "\n")
      if name == "expected-diagnostics" {
        overlay.expected = body
      } else if name.hasPrefix("delete: ") {
        overlay.deletions.append(String(name.dropFirst("delete: ".count)))
      } else {
        overlay.files.append((name, body))
      }
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix("-- ") && line.hasSuffix(" --") && line.count > 6 {
        flush(&self)
        current = String(line.dropFirst(3).dropLast(3))
        buffer = []
      } else if current == nil {
        if line.hasPrefix("# base: ") { base = String(line.dropFirst("# base: ".count)) }
      } else {
        buffer.append(line)
      }
    }
    flush(&self)
  }

  /// Rewrites the `expected-diagnostics` section with `actual` (used when recording goldens).
  func record(_ actual: String) throws {
    let text = try String(contentsOf: source, encoding: .utf8)
    guard let range = text.range(of: "-- expected-diagnostics --\n") else { return }
    try Data((text[..<range.upperBound] + actual).utf8).write(to: source)
  }
}
