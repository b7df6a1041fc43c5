import Foundation

/// The two ways a build can end from its saved stamps (``InputStamps``) without reading the
/// inputs: nothing changed, or only some pages' prose (``OutputPatch``).
extension BuildPipeline {
  /// The result of a build decided from the stamps saved for `output`: the last build's when no
  /// input changed and the output is intact, or a patched output when only pages the ledger can
  /// patch were written. Nil sends the build the usual way.
  ///
  /// - Returns: the result, or nil with what was settled from an interrupted build (which the usual
  ///   way then reports).
  static func byStamps(
    _ stampsFile: URL, ledger ledgerFile: URL, siteRoot: URL, output: URL, strict: Bool, context: String,
    writer: OutputWriter, exitsAfter: Bool, times: inout StageTimes
  ) throws(BuildFailure) -> (Result?, notes: [String]) {
    let startedAt = ScanMemory.now()
    guard let record = OutputWriter.previousRecord(at: output), let stamps = InputStamps.read(stampsFile),
      stamps.digest == record.inputDigest, stamps.context == context,
      let (changed, now) = times.time("stamp check", { stamps.changes() })
    else { return (nil, []) }
    // The inputs are the last build's, so are the folders that build checked against the output.
    try checkOverlap(siteRoot: siteRoot, output: output, inputFolders: Array(stamps.roots.dropFirst()))
    // Anything an interrupted build left to settle means the record may not describe the output.
    let notes = try OutputWriter.recoverInterrupted(at: output)
    guard notes.isEmpty else { return (nil, notes) }
    if changed.isEmpty {
      guard times.time("output check", { OutputWriter.isIntact(output, as: record) }) else {
        return (nil, [])
      }
      return (reported(record, notes: [], strict: strict, times: times), [])
    }
    // Stamps taken before the edited files are read; any file written too close to that is kept as
    // unproven, so they never vouch for bytes the patch did not read.
    let fresh = now.proven(against: startedAt)
    let patched = try patched(
      changed, record: record, stamps: fresh, stampsFile: stampsFile, ledgerFile: ledgerFile,
      siteRoot: siteRoot,
      output: output, strict: strict, writer: writer, exitsAfter: exitsAfter, times: &times)
    return (patched, [])
  }

  /// The output patched in place of a build, when each of the `changed` files (absolute) is a page
  /// the ledger left by the last build can patch (``OutputPatch``): the build reads those files
  /// alone, writes the few files they change and links the rest, all or nothing like any build.
  /// Nil sends the build the usual way.
  private static func patched(
    _ changed: [String], record: BuildRecord, stamps: InputStamps?, stampsFile: URL, ledgerFile: URL,
    siteRoot: URL, output: URL, strict: Bool, writer: OutputWriter, exitsAfter: Bool, times: inout StageTimes
  ) throws(BuildFailure) -> Result? {
    let warnings = record.diagnostics.count { $0.severity == .warning }
    let errors = record.diagnostics.count { $0.severity == .error }
    guard changed.count <= OutputPatch.mostFiles,
      !Result.fails(errors: errors, warnings: warnings, strict: strict),
      let ledger = times.time("ledger", { PatchLedger.read(ledgerFile) }),
      ledger.recordDigest == record.inputDigest
    else { return nil }
    let root = siteRoot.standardizedFileURL.resolvingSymlinksInPath().path + "/"
    var edited: [String: [UInt8]] = [:]
    for path in changed {
      guard path.hasPrefix(root), let bytes = try? FileSystem.contents(path) else { return nil }
      let source = String(path.dropFirst(root.count))
      // A page with a problem reported at some place: an edit may have moved the place.
      guard !record.diagnostics.contains(where: { $0.location?.file == source }) else { return nil }
      edited[source] = bytes
    }
    guard var patch = times.time("patch", { OutputPatch.make(edited, ledger: ledger, output: output) }) else {
      return nil
    }
    let digest = patch.digestParts.hex
    let staged = try writer.stage(at: output)
    // Every other file is linked from the output in place, which must be the one the record
    // describes (the files the patch read were checked against the ledger on the way).
    guard staged.notes.isEmpty,
      let old = times.time("link", { staged.keepOutput(except: Set(patch.files.keys).union(patch.removed)) }),
      old.files == record.fileCount, old.bytes == record.byteCount
    else {
      staged.close()
      return nil
    }
    var searchBytes = record.searchIndexBytes
    for (path, bytes) in patch.files.sorted(by: { $0.key < $1.key }) {
      if SearchIndexBuilder.isReserved(path) { searchBytes += bytes.count - patch.oldSize(path) }
      staged.put(OutputFile(path: path, bytes: bytes))
    }
    for path in patch.removed { searchBytes -= patch.oldSize(path) }
    let tally = staged.tally
    let newRecord = BuildRecord(
      inputDigest: digest, pageCount: record.pageCount, searchIndexBytes: searchBytes, fileCount: tally.files,
      byteCount: tally.bytes, diagnostics: record.diagnostics, datasetSummary: record.datasetSummary)
    let written = try times.time("write") { () throws(BuildFailure) in
      try writer.finish(
        staged, with: RenderedSite(files: [], diagnostics: [], pageCount: record.pageCount), record: newRecord
      )
    }
    // Once the output is in place, as after any build: stamps that outlive a kill before this line
    // name the old record's digest, which no longer matches, so they are never trusted.
    patch.ledger.recordDigest = digest
    patch.ledger.digestParts = patch.digestParts
    if var stamps {
      stamps.digest = digest
      times.time("save") {
        patch.ledger.savePatch(editing: Array(edited.keys), to: ledgerFile, roots: stamps.roots)
        stamps.save(to: stampsFile)
      }
    } else {
      InputStamps.remove(stampsFile)
      InputStamps.remove(ledgerFile)
    }
    var result = Result(
      diagnostics: record.diagnostics, pageCount: record.pageCount, datasetSummary: record.datasetSummary,
      searchIndexBytes: searchBytes, written: written)
    result.patched = edited.count
    result.times = times
    if exitsAfter { ExitKeeper.keep((patch, staged, ledger)) }
    return result
  }
}
