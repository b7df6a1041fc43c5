import Synchronization

/// The site being served, replaced whole after each good build. Requests read it under a lock
/// that is held only for the copy of one reference.
final class SiteSlot: Sendable {
  private let site: Mutex<ServedSite>

  init(_ site: ServedSite) { self.site = Mutex(site) }

  var current: ServedSite { site.withLock { $0 } }

  func replace(with new: ServedSite) { site.withLock { $0 = new } }
}
