import CSystem

/// How the process asks the C allocator to behave, set once at start, before any thread runs.
///
/// On Linux the `demarc` binary allocates through jemalloc (`Package.swift`). A build makes and
/// frees tens of millions of small blocks (strings, node trees, dictionaries), on every core at
/// once; against glibc's allocator, jemalloc's per-thread caches and size classes took a 10,000
/// page build from 3.8 s to 3.0 s (medians of five alternating runs) and a 100,000 page one from
/// 46 s to 38 s (one run each), for 3 % more peak memory at 10,000 pages (README "Benchmark"). Its
/// freed pages stay with the process 10 s by default, longer than most builds, which kept 10 MB
/// more at the peak; after 1 s they go back, at no measurable cost.
///
/// Without jemalloc (the test binaries, other platforms) glibc's threshold for blocks of their own
/// is fixed instead: glibc raises it to the size of each such block freed, up to 32 MiB, so after
/// the first page HTML, one-page volume or search shard was freed every large block came from the
/// shared heap, where freed room stays part of the process (6 to 9 MB of the 10,000 page peak).
public enum AllocatorTuning {
  public static let largeBlockBytes = 128 * 1024
  public static let returnFreedPagesAfterMilliseconds = 1_000

  /// Which allocator the process uses, for `demarc build -v`.
  public private(set) nonisolated(unsafe) static var allocator = "the C library's malloc"

  public static func apply() {
    if demarc_jemalloc_set_decay(returnFreedPagesAfterMilliseconds) == 1 {
      allocator = "jemalloc (freed pages returned after \(returnFreedPagesAfterMilliseconds) ms)"
    } else {
      demarc_fix_mmap_threshold(largeBlockBytes)
    }
  }
}
