import Testing

@testable import LiveServer

@Suite struct RequestPathTests {
  @Test func plainPathsDecode() {
    #expect(RequestPath(raw: "/") == .site("", isFolder: true))
    #expect(RequestPath(raw: "/guides/") == .site("guides", isFolder: true))
    #expect(RequestPath(raw: "/guides/intro.html?x=1") == .site("guides/intro.html", isFolder: false))
    #expect(RequestPath(raw: "/caf%C3%A9.html") == .site("café.html", isFolder: false))
    #expect(RequestPath(raw: "/a%20b.html") == .site("a b.html", isFolder: false))
  }

  /// The traversal probes of `scripts/serve-check`, refused before any lookup.
  @Test(arguments: [
    "/../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E/%2e%2e/etc/passwd", "/guides/../../etc/passwd",
    "/..%2fetc%2fpasswd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/guides%2f..%2f..%2fetc", "/..%5c..%5cetc",
    "/index.html%00.css", "/%00", "/a/./b", "/%2e/index.html", "/%c0%ae%c0%ae/etc/passwd", "/%zz",
    "/%", "relative.html", "/a%0d%0aSet-Cookie:x",
  ])
  func traversalIsRefused(raw: String) {
    #expect(RequestPath(raw: raw) == .refused)
  }
}

@Suite struct ServeSettingsTests {
  @Test func onlyAddressesCanBeListenedOn() {
    for host in ["127.0.0.1", "0.0.0.0", "::1", "localhost", "192.168.1.20"] {
      #expect(ServeSettings.isAddress(host), "\(host)")
    }
    for host in ["bogus", "", "127.0.0.1:80", "example.com", "1.2.3"] {
      #expect(!ServeSettings.isAddress(host), "\(host)")
    }
  }
}
