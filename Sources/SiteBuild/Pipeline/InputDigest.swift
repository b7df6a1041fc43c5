/// A fingerprint of everything a build reads: every file's path and bytes, the options that change
/// the output, and demarc's own version. Equal fingerprints mean equal output, which lets a rebuild
/// with nothing changed stop after the scan.
///
/// FNV-1a over 64 bits: fast, stable across runs and machines (unlike `Hasher`, which is seeded per
/// process), and collision-resistant enough to detect edits; it is not a security boundary.
struct InputDigest {
  /// Bump when a change to demarc changes its output for the same input.
  static let formatVersion = "demarc-output-13"

  private var state: UInt64 = 0xcbf2_9ce4_8422_2325

  static func of(_ sources: SourceSet, overrides: BuildOverrides) -> String {
    parts(of: sources, overrides: overrides).hex
  }

  /// The fingerprint in the parts it is made of, so a build that reads only some files again can
  /// make the fingerprint a full scan would (``Parts/replacing(_:with:)``).
  static func parts(of sources: SourceSet, overrides: BuildOverrides) -> Parts {
    var head = InputDigest()
    head.add(formatVersion)
    head.add(overrides.fingerprint)
    head.add(sources.themePath)
    if let config = sources.config { head.mix(fingerprint(config)) }
    // Each file on its own, on every core; the files' fingerprints in order make the digest.
    let groups = [sources.pages, sources.data, sources.contentAssets, sources.templates, sources.themeAssets]
      .map { group in
        zip(group.map(\.path), Parallel.map(group, jobs: Parallel.defaultJobs, Self.fingerprint)).map {
          Parts.File(path: $0, fingerprint: $1)
        }
      }
    return Parts(head: head.state, groups: groups, scanDiagnostics: sources.diagnostics.count)
  }

  /// What a fingerprint is made of: the settings, the fingerprint of each file in each group, in
  /// order, and how many problems the scan found.
  struct Parts: Equatable, Sendable {
    struct File: Equatable, Sendable {
      var path: String
      var fingerprint: UInt64
    }

    var head: UInt64
    var groups: [[File]]
    var scanDiagnostics: Int

    var hex: String {
      var digest = InputDigest()
      digest.state = head
      for group in groups {
        digest.add("group \(group.count)")
        for file in group { digest.mix(file.fingerprint) }
      }
      digest.add("scan diagnostics \(scanDiagnostics)")
      return digest.hex
    }

    /// The parts with the file at `path` holding `bytes` now; nil when no group holds it.
    func replacing(_ path: String, with bytes: [UInt8]) -> Parts? {
      replacing(path, InputDigest.fingerprint(SourceFile(path: path, bytes: bytes)))
    }

    /// The parts with the file at `path` fingerprinted `fingerprint`; nil when no group holds it.
    func replacing(_ path: String, _ fingerprint: UInt64) -> Parts? {
      replacing([path: fingerprint])
    }

    /// The parts with each file of `fingerprints` fingerprinted as it says, in one pass over the
    /// groups; nil when some path is in no group. A ledger patched many times names many files,
    /// and replacing them one by one copied every group for each.
    func replacing(_ fingerprints: [String: UInt64]) -> Parts? {
      guard !fingerprints.isEmpty else { return self }
      var parts = self
      var replaced = 0
      for group in parts.groups.indices {
        for index in parts.groups[group].indices {
          guard let fingerprint = fingerprints[parts.groups[group][index].path] else { continue }
          parts.groups[group][index].fingerprint = fingerprint
          replaced += 1
        }
      }
      return replaced == fingerprints.count ? parts : nil
    }
  }

  /// The fingerprint of one string, for stable short names (the writer's work folders).
  static func hex(of text: String) -> String {
    var digest = InputDigest()
    digest.add(text)
    return digest.hex
  }

  /// The fingerprint of some bytes, to check that a file still holds what a ledger says.
  ///
  /// Eight bytes a step (FNV's multiply on little-endian words, folded): these checks read every
  /// page's body and every section of the one-page view on each build that keeps a ledger.
  static func hex(ofBytes bytes: ArraySlice<UInt8>) -> String {
    var digest = InputDigest()
    digest.state = fingerprint(ofBytes: bytes)
    return digest.hex
  }

  /// ``hex(ofBytes:)`` as a number: also what a page read again at render is checked against
  /// (``DeferredMarkdown``).
  static func fingerprint(ofBytes bytes: ArraySlice<UInt8>) -> UInt64 {
    var digest = InputDigest()
    digest.mix(UInt64(bytes.count))
    bytes.withUnsafeBytes { raw in
      var offset = 0
      while offset + 8 <= raw.count {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        digest.state = (digest.state ^ word) &* 0x0000_0100_0000_01B3
        digest.state ^= digest.state >> 29
        offset += 8
      }
      while offset < raw.count {
        digest.mix(raw[offset])
        offset += 1
      }
    }
    return digest.state
  }

  /// One file's path and bytes.
  static func fingerprint(_ file: SourceFile) -> UInt64 {
    var digest = InputDigest()
    digest.add(file.path)
    digest.add(file.bytes)
    return digest.state
  }

  private mutating func mix(_ word: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
  }

  mutating func add(_ text: String) { add(text.utf8) }

  private mutating func add<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
    // The length first, so that ("ab", "c") and ("a", "bc") differ.
    var length = UInt64(bytes.count)
    for _ in 0..<8 {
      mix(UInt8(truncatingIfNeeded: length))
      length >>= 8
    }
    for byte in bytes { mix(byte) }
  }

  private mutating func mix(_ byte: UInt8) {
    state ^= UInt64(byte)
    state = state &* 0x0000_0100_0000_01B3
  }

  var hex: String {
    let digits = String(state, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
