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
    var digest = InputDigest()
    digest.add(formatVersion)
    digest.add(overrides.fingerprint)
    digest.add(sources.themePath)
    if let config = sources.config { digest.mix(fingerprint(config)) }
    for group in [sources.pages, sources.data, sources.contentAssets, sources.templates, sources.themeAssets]
    {
      digest.add("group \(group.count)")
      // Each file on its own, on every core, then the files' fingerprints in order.
      for fingerprint in Parallel.map(group, jobs: Parallel.defaultJobs, Self.fingerprint) {
        digest.mix(fingerprint)
      }
    }
    digest.add("scan diagnostics \(sources.diagnostics.count)")
    return digest.hex
  }

  /// The fingerprint of one string, for stable short names (the writer's work folders).
  static func hex(of text: String) -> String {
    var digest = InputDigest()
    digest.add(text)
    return digest.hex
  }

  /// One file's path and bytes.
  private static func fingerprint(_ file: SourceFile) -> UInt64 {
    var digest = InputDigest()
    digest.add(file.path)
    digest.add(file.bytes)
    return digest.state
  }

  private mutating func mix(_ word: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
  }

  private mutating func add(_ text: String) { add(Array(text.utf8)) }

  private mutating func add(_ bytes: [UInt8]) {
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
