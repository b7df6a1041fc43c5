import CSystem

/// How the process asks the C allocator to behave, set once at start, before any thread runs.
///
/// glibc gives a block above a threshold (128 KiB) pages of its own, returned to the system when
/// the block is freed, but it raises that threshold to the size of each such block freed, up to
/// 32 MiB. A build frees many large blocks (page HTML, the one-page view's volumes, search shards),
/// so after the first ones every large block came from the shared heap, where freed room stays
/// part of the process: at 10,000 pages that was 6 to 9 MB of the peak (`MALLOC_MMAP_THRESHOLD_`
/// set against not, alternating runs) for no measurable time.
public enum AllocatorTuning {
  public static let largeBlockBytes = 128 * 1024

  public static func apply() { demarc_fix_mmap_threshold(largeBlockBytes) }
}
