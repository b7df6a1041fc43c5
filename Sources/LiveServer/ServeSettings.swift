import Foundation
import SiteBuild

#if canImport(Glibc)
  import Glibc
#endif

/// What `demarc serve` was asked for.
public struct ServeSettings: Sendable {
  public var siteRoot: URL
  /// Loopback unless the user names another address.
  public var host: String
  /// 0 picks a free port.
  public var port: UInt16
  public var watch: FileWatcher.Mode
  public var jobs: Int?
  /// Warnings fail a build too, and show in the browser.
  public var strict: Bool
  public var overrides: BuildOverrides
  /// Folders never watched: the build output, which changes without being an input.
  public var excluded: [URL]

  public init(
    siteRoot: URL, host: String = "127.0.0.1", port: UInt16 = 8000, watch: FileWatcher.Mode = .events,
    jobs: Int? = nil, strict: Bool = false, overrides: BuildOverrides = BuildOverrides(), excluded: [URL] = []
  ) {
    self.siteRoot = siteRoot
    self.host = host
    self.port = port
    self.watch = watch
    self.jobs = jobs
    self.strict = strict
    self.overrides = overrides
    self.excluded = excluded
  }

  /// Whether `text` is something the server can listen on: an IPv4 or IPv6 address, or
  /// `localhost`.
  public static func isAddress(_ text: String) -> Bool {
    var v4 = in_addr()
    var v6 = in6_addr()
    return text == "localhost" || inet_pton(AF_INET, text, &v4) == 1 || inet_pton(AF_INET6, text, &v6) == 1
  }

  /// Whether `host` keeps the server on this machine.
  public var isLoopback: Bool {
    host == "localhost" || host == "::1" || host.hasPrefix("127.")
  }
}
