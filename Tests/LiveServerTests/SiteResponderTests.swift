import Testing

@testable import LiveServer

@Suite struct SiteResponderTests {
  static let site = ServedSite(
    files: [
      "index.html": Array("<html><body><p>home</p></body></html>".utf8),
      "guides/index.html": Array("<html><BODY>guides</BODY></html>".utf8),
      "guides/intro.html": Array("<p>no body tag</p>".utf8),
      "404.html": Array("<html><body>lost</body></html>".utf8),
      "assets/site.css": Array("body{}".utf8),
      "search-index.js": Array("window.x=1".utf8),
      "logo.svg": Array("<svg/>".utf8),
    ], generation: 7)

  static func get(_ path: String, method: String = "GET") -> Reply {
    SiteResponder.respond(method: method, rawPath: path, site: site)
  }

  static func text(_ reply: Reply) -> String { String(decoding: reply.body, as: UTF8.self) }

  @Test func pagesCarryOneLiveReloadScript() {
    let home = Self.get("/")
    #expect(home.status == 200)
    #expect(
      Self.text(home)
        == "<html><body><p>home</p><script src=\"/__demarc/live.js?g=7\"></script></body></html>")
    #expect(
      Self.text(Self.get("/guides/")).hasSuffix(
        "guides<script src=\"/__demarc/live.js?g=7\"></script></BODY></html>"))
    #expect(
      Self.text(Self.get("/guides/intro.html")).hasSuffix(
        "</p><script src=\"/__demarc/live.js?g=7\"></script>"))
    // Other files are served exactly as built.
    #expect(Self.get("/assets/site.css").body == Array("body{}".utf8))
  }

  @Test func mediaTypesAndCaching() {
    #expect(Self.get("/").header("Content-Type") == "text/html; charset=utf-8")
    #expect(Self.get("/assets/site.css").header("Content-Type") == "text/css; charset=utf-8")
    #expect(Self.get("/search-index.js").header("Content-Type") == "text/javascript; charset=utf-8")
    #expect(Self.get("/logo.svg").header("Content-Type") == "image/svg+xml")
    for path in ["/", "/nope", "/assets/site.css", "/%2e%2e/x"] {
      #expect(Self.get(path).header("Cache-Control") == "no-store")
    }
  }

  @Test func headHasTheHeadersAndNoBody() {
    let head = Self.get("/assets/site.css", method: "HEAD")
    #expect(head.status == 200 && head.body.isEmpty && head.header("Content-Length") == "6")
    #expect(Self.get("/", method: "POST").status == 405)
  }

  @Test func foldersRedirectAndAreNeverListed() {
    let redirect = Self.get("/guides")
    #expect(redirect.status == 301 && redirect.header("Location") == "/guides/")
    let assets = Self.get("/assets/")
    #expect(assets.status == 404 && Self.text(assets).contains("lost"))
  }

  @Test func missingPathsGetTheSitesNotFoundPage() {
    let missing = Self.get("/services/gone.html")
    #expect(missing.status == 404)
    #expect(Self.text(missing).contains("lost") && Self.text(missing).contains("live.js"))
    #expect(Self.get("/%2e%2e/etc/passwd").status == 403)
    #expect(Self.get("/../../etc/passwd").status == 403)
  }

  @Test func theScriptIsServed() {
    let script = Self.get("/__demarc/live.js?g=3")
    #expect(script.status == 200 && Self.text(script).contains("EventSource(\"/__demarc/events\")"))
    #expect(Self.text(script).contains("textContent") && !Self.text(script).contains("innerHTML"))
  }
}
