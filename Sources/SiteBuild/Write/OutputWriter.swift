import Foundation

/// Stage 5: writes the rendered site. The only stage that writes to disk.
///
/// The site is written to a staging folder beside the output and swapped in only once every file is
/// there, so a failed build never leaves a half-written `Output/`. demarc replaces only a folder that
/// carries its marker file (or holds nothing but dotfiles), so a mistyped `--output` cannot wipe a
/// folder of someone's work. Top-level dotfiles of the old output (`.git`, `.gitkeep`, `.nojekyll`)
/// are moved into the new one, so publishing from a checkout inside `Output/` keeps working.
///
/// A file whose bytes did not change is hard-linked from the old output instead of written again,
/// so it keeps its modification time (rsync and web caches see no change) and a rebuild with
/// nothing changed costs reads, not writes.
public struct OutputWriter: Sendable {
  public static let markerName = ".demarc-output"
  public static let markerText = "This folder is written by demarc and replaced on every build.\n"

  public struct Report: Sendable, Equatable {
    public var fileCount: Int
    public var byteCount: Int
    /// Files kept from the previous build because their bytes were the same.
    public var unchangedCount: Int
  }

  /// Writes one file; replaceable so tests can simulate a full disk.
  public typealias FileWriter = @Sendable (_ bytes: [UInt8], _ url: URL) throws -> Void

  private let writeFile: FileWriter

  public init(writeFile: @escaping FileWriter = { bytes, url in try Data(bytes).write(to: url) }) {
    self.writeFile = writeFile
  }

  /// Writes with the real file system.
  public static func write(_ site: RenderedSite, to output: URL, record: BuildRecord? = nil)
    throws(BuildFailure)
    -> Report
  {
    try OutputWriter().write(site, to: output, record: record)
  }

  /// Writes `site`, then the marker file, which carries `record` when given.
  public func write(_ site: RenderedSite, to output: URL, record: BuildRecord? = nil) throws(BuildFailure)
    -> Report
  {
    let files =
      site.files.filter { $0.path != Self.markerName }
      + [OutputFile(path: Self.markerName, text: record?.text ?? Self.markerText)]
    let fileManager = FileManager.default
    let output = output.standardizedFileURL
    let displayPath = output.path
    try Self.checkReplaceable(output, displayPath: displayPath)

    let parent = output.deletingLastPathComponent()
    do {
      try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
    } catch {
      throw .unwritable(path: parent.path, reason: (error as NSError).localizedDescription)
    }
    let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
    let staging = parent.appendingPathComponent(".demarc-staging-\(output.lastPathComponent)-\(token)")
    let retired = parent.appendingPathComponent(".demarc-retired-\(output.lastPathComponent)-\(token)")
    defer {
      try? fileManager.removeItem(at: staging)
      try? fileManager.removeItem(at: retired)
    }

    var byteCount = 0
    var unchangedCount = 0
    do {
      try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
      var created: Set<String> = [""]
      for file in files {
        guard SitePath.isSafeRelative(file.path) else {
          throw BuildFailure.unwritable(path: file.path, reason: "refusing a path outside the output folder")
        }
        let folder = SitePath.directory(of: file.path)
        if !created.contains(folder) {
          try fileManager.createDirectory(
            at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
          created.insert(folder)
        }
        let staged = staging.appendingPathComponent(file.path)
        byteCount += file.bytes.count
        if Self.reuse(output.appendingPathComponent(file.path), ifItHolds: file.bytes, at: staged) {
          unchangedCount += 1
        } else {
          try writeFile(file.bytes, staged)
        }
      }
    } catch let failure as BuildFailure {
      throw failure
    } catch {
      throw .unwritable(path: displayPath, reason: (error as NSError).localizedDescription)
    }

    do {
      if fileManager.fileExists(atPath: output.path) {
        try Self.carryOverDotfiles(from: output, to: staging)
        try fileManager.moveItem(at: output, to: retired)
      }
      do {
        try fileManager.moveItem(at: staging, to: output)
      } catch {
        if fileManager.fileExists(atPath: retired.path) {
          try? fileManager.moveItem(at: retired, to: output)
          try? Self.carryOverDotfiles(from: staging, to: output)
        }
        throw error
      }
    } catch {
      throw .unwritable(path: displayPath, reason: (error as NSError).localizedDescription)
    }
    return Report(fileCount: files.count, byteCount: byteCount, unchangedCount: unchangedCount)
  }

  /// Hard-links the old file into the staging folder when it already holds exactly `bytes`.
  private static func reuse(_ old: URL, ifItHolds bytes: [UInt8], at staged: URL) -> Bool {
    let fileManager = FileManager.default
    guard let attributes = try? fileManager.attributesOfItem(atPath: old.path),
      attributes[.type] as? FileAttributeType == .typeRegular,
      (attributes[.size] as? NSNumber)?.intValue == bytes.count,
      let existing = fileManager.contents(atPath: old.path), existing.elementsEqual(bytes)
    else { return false }
    return (try? fileManager.linkItem(at: old, to: staged)) != nil
  }

  /// The record the last successful build left in `output`, if it left one this demarc can read.
  public static func previousRecord(at output: URL) -> BuildRecord? {
    let marker = output.standardizedFileURL.appendingPathComponent(markerName)
    guard let data = FileManager.default.contents(atPath: marker.path) else { return nil }
    return BuildRecord.parse(String(decoding: data, as: UTF8.self))
  }

  /// True when `output` still holds exactly as many files and bytes as `record` says (top-level
  /// dotfiles aside), so a rebuild may trust it instead of writing it again.
  public static func isIntact(_ output: URL, as record: BuildRecord) -> Bool {
    var files = 0
    var bytes = 0
    func walk(_ path: String, topLevel: Bool) -> Bool {
      guard let names = try? FileSystem.names(in: path) else { return false }
      for name in names where !(topLevel && name.hasPrefix(".")) {
        switch FileSystem.kind(path + "/" + name) {
        case .file(let size)?:
          files += 1
          bytes += size
        case .directory?:
          if !walk(path + "/" + name, topLevel: false) { return false }
        default:
          continue
        }
      }
      return true
    }
    return walk(output.standardizedFileURL.path, topLevel: true) && files == record.fileCount
      && bytes == record.byteCount
  }

  /// Throws unless `output` is absent, or a folder demarc wrote, or a folder of dotfiles only.
  static func checkReplaceable(_ output: URL, displayPath: String) throws(BuildFailure) {
    let fileManager = FileManager.default
    var isDirectory: ObjCBool = false
    guard fileManager.fileExists(atPath: output.path, isDirectory: &isDirectory) else { return }
    guard isDirectory.boolValue else { throw .foreignOutput(path: displayPath) }
    let names = (try? fileManager.contentsOfDirectory(atPath: output.path)) ?? []
    if names.contains(markerName) || names.allSatisfy({ $0.hasPrefix(".") }) { return }
    throw .foreignOutput(path: displayPath)
  }

  private static func carryOverDotfiles(from old: URL, to new: URL) throws {
    let fileManager = FileManager.default
    for name in try fileManager.contentsOfDirectory(atPath: old.path).sorted()
    where name.hasPrefix(".") && name != markerName {
      let destination = new.appendingPathComponent(name)
      if !fileManager.fileExists(atPath: destination.path) {
        try fileManager.moveItem(at: old.appendingPathComponent(name), to: destination)
      }
    }
  }
}
