import Foundation
import LiveServer
import SiteBuild
import Testing

/// The serve loop against real files and a real socket: edits are seen, bursts are one build,
/// editors' temporary files are not, a broken build keeps the last good site, and the pages hear
/// about all of it.
@Suite struct ServeLoopTests {
  /// Whether `condition` holds within `seconds`, checked every 20 ms.
  static func eventually(seconds: Double = 10, _ condition: () throws -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if (try? condition()) == true { return true }
      Thread.sleep(forTimeInterval: 0.02)
    }
    return false
  }

  @Test func anEditIsServedAndAnnounced() async throws {
    let serve = try ServeHarness()
    defer { serve.stop() }
    #expect(serve.waitForBuilds(1).first?.failed == false)
    let page = try serve.get("/services/vm.html")
    #expect(page.status == 200 && page.body.contains("Prose about Virtual Machines"))
    #expect(page.headers["cache-control"] == "no-store")

    let events = try RawHTTP(port: serve.port)
    events.send("GET", "/__demarc/events")
    let hello = events.readChunk() ?? ""
    #expect(hello.contains("text/event-stream") || hello.contains("retry: 500"))

    var text = try serve.read("Content/services/vm.md")
    text += "\nA sentence written during the test.\n"
    try serve.write("Content/services/vm.md", text)
    #expect(serve.waitUntil { $0.count >= 2 && $0.last?.failed == false })
    // One page rendered per build (a loaded machine may split the write into two builds).
    #expect(serve.builds.dropFirst().allSatisfy { $0.pagesRendered == 1 })
    #expect(
      Self.eventually {
        try serve.get("/services/vm.html").body.contains("A sentence written during the test.")
      })
    var heard = ""
    while !heard.contains("\"generation\":2"), let chunk = events.readChunk() { heard += chunk }
    #expect(heard.contains("{\"generation\":2,\"diagnostics\":[]}"))
  }

  @Test func aBrokenDatasetKeepsTheLastGoodSiteAndSaysWhere() async throws {
    let serve = try ServeHarness()
    defer { serve.stop() }
    serve.waitForBuilds(1)
    let events = try RawHTTP(port: serve.port)
    events.send("GET", "/__demarc/events")
    let good = try serve.read("Content/data/services/vm.yaml")
    try serve.write("Content/data/services/vm.yaml", good + "\n  broken: [\n")
    let builds = serve.waitForBuilds(2)
    #expect(builds.last?.failed == true)
    #expect(try serve.get("/services/vm.html").body.contains("Prose about Virtual Machines"))
    var heard = ""
    while !heard.contains("yaml"), let chunk = events.readChunk() { heard += chunk }
    #expect(heard.contains("\"file\":\"Content/data/services/vm.yaml\",\"line\":"))
    // The fix gives back the very site being served: the overlay goes, and nothing reloads.
    try serve.write("Content/data/services/vm.yaml", good)
    // A loaded machine may split a write into two builds; wait for the one that passes.
    #expect(serve.waitUntil { $0.last?.failed == false })
    var afterFix = heard.components(separatedBy: "yaml").last ?? ""
    while !afterFix.contains("{\"generation\":1,\"diagnostics\":[]}"), let chunk = events.readChunk() {
      afterFix += chunk
    }
    #expect(afterFix.contains("{\"generation\":1,\"diagnostics\":[]}"))
  }

  @Test func editorTemporariesAreIgnoredAndAtomicSavesAreSeen() async throws {
    let serve = try ServeHarness()
    defer { serve.stop() }
    serve.waitForBuilds(1)
    for name in [".vm.md.swp", "vm.md~", "4913", ".#vm.md", "#vm.md#"] {
      try serve.write("Content/services/\(name)", "scratch")
    }
    try await Task.sleep(for: .milliseconds(400))
    #expect(serve.builds.count == 1, "temporary files started a build")
    // Write a new file and rename it over the page, as Vim and many IDEs save.
    try serve.write(
      "Content/services/.vm.md.tmp", try serve.read("Content/services/vm.md") + "\nSaved atomically.\n")
    try FileManager.default.removeItem(at: serve.root.appendingPathComponent("Content/services/vm.md"))
    try FileManager.default.moveItem(
      at: serve.root.appendingPathComponent("Content/services/.vm.md.tmp"),
      to: serve.root.appendingPathComponent("Content/services/vm.md"))
    serve.waitForBuilds(2)
    try await Task.sleep(for: .milliseconds(200))
    #expect(try serve.get("/services/vm.html").body.contains("Saved atomically."))
  }

  @Test func aCheckoutOf500FilesIsOneBuild() async throws {
    let serve = try ServeHarness()
    defer { serve.stop() }
    serve.waitForBuilds(1)
    // Prepare the files elsewhere, then move the folder in with one rename and touch them all, as
    // close together as a `git checkout` writes them.
    let staging = serve.sandbox.appendingPathComponent("staging")
    try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    for number in 1...500 {
      try Data("# Page \(number)\n\nText.\n".utf8).write(to: staging.appendingPathComponent("p\(number).md"))
    }
    try FileManager.default.moveItem(at: staging, to: serve.root.appendingPathComponent("Content/bulk"))
    for number in 1...500 {
      let url = serve.root.appendingPathComponent("Content/bulk/p\(number).md")
      try Data("# Page \(number)\n\nText, edited.\n".utf8).write(to: url)
    }
    serve.waitForBuilds(2)
    try await Task.sleep(for: .milliseconds(600))
    let builds = serve.builds
    #expect(builds.count == 2, "the burst gave \(builds.count - 1) builds")
    #expect(builds.last?.failed == false)
    #expect(try serve.get("/bulk/p250.html").body.contains("Text, edited."))
  }

  @Test func aThemeOutsideTheSiteRootIsWatchedToo() throws {
    let serve = try ServeHarness()
    defer { serve.stop() }
    let first = serve.waitForBuilds(1).count
    // The fixture's theme is `../_theme`, beside the site root rather than in it.
    let template = serve.sandbox.appendingPathComponent("_theme/templates/layout.mustache")
    let text = try String(contentsOf: template, encoding: .utf8)
    try Data(text.replacingOccurrences(of: "<main>", with: "<main data-edited=\"yes\">").utf8).write(
      to: template)
    #expect(serve.waitForBuilds(first + 1).count == first + 1)
    #expect(try serve.get("/services/vm.html").body.contains("data-edited=\"yes\""))
  }

  @Test func pollingSeesChangesWithoutInotify() async throws {
    let serve = try ServeHarness(poll: 50)
    defer { serve.stop() }
    serve.waitForBuilds(1)
    try serve.write("Content/polled.md", "# Polled\n\nFound by looking.\n")
    #expect(serve.waitForBuilds(2).count >= 2)
    #expect(Self.eventually { try serve.get("/polled.html").body.contains("Found by looking.") })
    let before = serve.builds.count
    try FileManager.default.removeItem(at: serve.root.appendingPathComponent("Content/polled.md"))
    #expect(serve.waitForBuilds(before + 1).count > before)
    #expect(Self.eventually { try serve.get("/polled.html").status == 404 })
  }

  @Test func traversalProbesOnTheWire() async throws {
    let serve = try ServeHarness()
    defer { serve.stop() }
    serve.waitForBuilds(1)
    // A link inside the content that points outside the site is not followed by the scan, so it
    // is not served either.
    try FileManager.default.createSymbolicLink(
      atPath: serve.root.appendingPathComponent("Content/passwd.md").path, withDestinationPath: "/etc/passwd")
    serve.waitForBuilds(2)
    for probe in [
      "/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/%2e%2e%5c%2e%2e%5cetc",
      "/index.html%00", "/passwd.html", "/passwd.md", "//etc/passwd", "/.%2e/.%2e/etc/passwd",
    ] {
      let response = try serve.get(probe)
      #expect([403, 404].contains(response.status), "\(probe) answered \(response.status)")
      #expect(!response.body.contains("root:x:0:0"), "\(probe) leaked a file")
    }
    let head = try serve.get("/index.html", method: "HEAD")
    #expect(head.status == 200 && head.body.isEmpty && Int(head.headers["content-length"] ?? "") ?? 0 > 100)
  }
}

/// What `serve` hands out is what `build` writes, but for the one script tag in each HTML page.
@Suite struct ServedBytesTests {
  @Test func everyServedFileIsTheBuiltFile() throws {
    let serve = try ServeHarness()
    defer { serve.stop() }
    #expect(serve.waitForBuilds(1).first?.failed == false)
    let (result, built) = try BuildPipeline.check(siteRoot: serve.root)
    #expect(result.errorCount == 0 && built.files.count > 20)
    let tag = "<script src=\"/__demarc/live.js?g=1\"></script>"
    for file in built.files {
      let response = try serve.get(
        "/"
          + file.path.split(separator: "/").map {
            $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0)
          }.joined(separator: "/"))
      let expected = String(decoding: file.bytes, as: UTF8.self)
      if file.path.hasSuffix(".html") {
        #expect(response.body.components(separatedBy: tag).count == 2, "\(file.path) has not one script tag")
        #expect(response.body.replacingOccurrences(of: tag, with: "") == expected, "\(file.path) differs")
      } else {
        #expect(response.body == expected, "\(file.path) differs")
      }
      #expect(response.status == 200, "\(file.path) answered \(response.status)")
    }
  }
}
