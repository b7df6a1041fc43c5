import CSystem

#if canImport(Glibc)
  import Glibc
#endif

/// Finding bytes in bytes (`memmem`), for locating a page's body in the HTML around it.
enum ByteSearch {
  /// Where `needle` first starts in `haystack` at or after `from`, before `until`; nil when it does
  /// not, or for an empty needle (which is everywhere, so locates nothing).
  ///
  /// `memmem` looks for the first 32 bytes only, and each place they occur is compared in full:
  /// glibc prepares a long needle in time linear in its length on every call, and these needles
  /// are whole page bodies.
  static func find(
    _ needle: ArraySlice<UInt8>, in haystack: [UInt8], from: Int = 0, until: Int? = nil
  ) -> Int? {
    let end = min(until ?? haystack.count, haystack.count)
    guard !needle.isEmpty, from >= 0, end - from >= needle.count else { return nil }
    return haystack.withUnsafeBytes { hay in
      needle.withUnsafeBytes { pin in
        guard let base = hay.baseAddress, let pinBase = pin.baseAddress else { return nil }
        let head = min(32, pin.count)
        var start = from
        while end - start >= pin.count,
          let found = demarc_memmem(base + start, end - start - (pin.count - head), pinBase, head)
        {
          let offset = base.distance(to: UnsafeRawPointer(found))
          if memcmp(base + offset, pinBase, pin.count) == 0 { return offset }
          start = offset + 1
        }
        return nil
      }
    }
  }

  /// Where `needle` starts in `haystack` when it occurs there exactly once; nil otherwise.
  static func findOnce(_ needle: ArraySlice<UInt8>, in haystack: [UInt8]) -> Int? {
    guard let start = find(needle, in: haystack), find(needle, in: haystack, from: start + 1) == nil else {
      return nil
    }
    return start
  }
}
