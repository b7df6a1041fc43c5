import Diagnostics
import Foundation
import SiteBuild
import TestSupport
import Testing

/// Bad input of every kind gets a clear diagnostic and never a crash, a hang, or a write outside
/// the output folder.
@Suite struct HostileInputTests {
  /// Checks the site and returns the diagnostics and the rendered files as text.
  static func check(_ site: FixtureSite) throws -> ([Diagnostic], [String: String]) {
    let (result, rendered) = try BuildPipeline.check(siteRoot: site.root)
    return (result.diagnostics, LinkAudit.pages(of: rendered))
  }

  @Test func emptyFilesAreHandled() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    try site.write("Content/empty.md", "")
    try site.write("Content/data/extra/empty.yaml", "")
    try site.write("Content/data/tools.yaml", "")
    let (diagnostics, pages) = try Self.check(site)
    #expect(diagnostics.contains { $0.code == .missingTitle && $0.location?.file == "Content/empty.md" })
    #expect(diagnostics.contains { $0.code == .missingKey && $0.location?.file == "Content/data/tools.yaml" })
    #expect(pages["empty.html"] != nil)
  }

  @Test func aFiftyMegabyteMarkdownFileBuilds() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    let line =
      String(repeating: "A long line of plain prose with no markup at all, repeated. ", count: 170) + "\n"
    let paragraph = String(repeating: line, count: 10) + "\n"
    let count = 50 * 1024 * 1024 / paragraph.utf8.count + 1
    try site.write(
      "Content/big.md", "---\ntitle: Big\n---\n\n# Big\n\n" + String(repeating: paragraph, count: count))
    let clock = ContinuousClock()
    let started = clock.now
    let (diagnostics, pages) = try Self.check(site)
    #expect(!diagnostics.contains { $0.severity == .error })
    #expect((pages["big.html"]?.utf8.count ?? 0) > 50 * 1024 * 1024)
    #expect(clock.now - started < .seconds(120))
  }

  @Test func tenThousandLevelsOfNestingAreFlattenedWithAWarning() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    try site.write(
      "Content/quotes.md", "---\ntitle: Q\n---\n" + String(repeating: ">", count: 10_000) + " deep\n")
    try site.write(
      "Content/lists.md", "---\ntitle: L\n---\n" + String(repeating: "- ", count: 10_000) + "deep\n")
    let (diagnostics, pages) = try Self.check(site)
    #expect(
      diagnostics.filter { $0.code == .markdownTooDeep }.compactMap(\.location?.file).sorted() == [
        "Content/lists.md", "Content/quotes.md",
      ])
    #expect(pages["quotes.html"]?.contains("deep") == true)
  }

  @Test func yamlBombsAndDeepNestingAreRefused() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    var bomb = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for level in 1...9 {
      let name = String(UnicodeScalar(97 + level)!)
      let previous = String(UnicodeScalar(96 + level)!)
      bomb.append(
        "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]")
    }
    try site.write("Content/bomb.md", "---\n" + bomb.joined(separator: "\n") + "\n---\n# Bomb\n")
    try site.write(
      "Content/deep.md",
      "---\ntitle: " + String(repeating: "[", count: 500) + String(repeating: "]", count: 500) + "\n---\n")
    let (diagnostics, _) = try Self.check(site)
    #expect(
      diagnostics.filter { $0.code == .yamlTooComplex }.compactMap(\.location?.file).sorted() == [
        "Content/bomb.md", "Content/deep.md",
      ])
  }

  @Test(arguments: [
    "service/../../etc/passwd", "service/%2e%2e", "service/a\u{0}b", "/etc/passwd", "service/",
    "../service/vm",
  ])
  func traversalInAboutIsRejected(_ about: String) throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let quoted = "\"" + about.replacingOccurrences(of: "\u{0}", with: "\\0") + "\""
    try site.write("Content/evil.md", "---\ntitle: Evil\nabout: \(quoted)\n---\n")
    let (diagnostics, _) = try Self.check(site)
    let codes = diagnostics.filter { $0.location?.file == "Content/evil.md" }.map(\.code)
    // One parser reads every entity reference, so every malformed `about:` gets the same code.
    #expect(codes == [.invalidValue], "\(diagnostics)")
  }

  @Test func traversalInLinksIsReportedAndNothingIsReadOrWrittenOutside() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    try site.write(
      "Content/evil.md",
      """
      ---
      title: Evil
      ---

      [a](../../../../etc/passwd.md) [b](%2e%2e/%2e%2e/x.md) [c](a%00b.md) [d](service:../vm) [e](layer:users/../x)
      ![f](../../secret.png) [g](/etc/passwd) [h](file:///etc/passwd) [i](data:text/html;base64,PHNjcmlwdD4=)

      """)
    let output = site.sandbox.appendingPathComponent("out")
    let result = try BuildPipeline.build(siteRoot: site.root, output: output, strict: false)
    let codes = result.diagnostics.filter { $0.location?.file == "Content/evil.md" }.map(\.code)
    #expect(
      codes == [
        .brokenLink, .brokenLink, .brokenLink, .unknownEntity, .unknownEntity, .brokenLink, .unsafeURL,
        .unsafeURL,
      ])
    #expect(result.written == nil)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: site.sandbox.path).sorted() == [
        "_theme", "dataset",
      ])
  }

  @Test func scriptInjectionInEveryStringComesOutEscaped() throws {
    let site = try FixtureSite(named: "dataset")
    defer { site.remove() }
    let probe = "X <script>alert(1)</script> \\\"q\\\" &amp; 'a' <img src=x onerror=alert(2)>"
    let keys =
      "name|title|summary|provider|customer|reason|claim|resolution|description|long_name|notes|via|short"
    let pattern = try NSRegularExpression(
      pattern: "^([ ]*(?:- )?(?:\(keys)): )(?!\\[|acme$)(.+)$", options: .anchorsMatchLines)
    var probed = 0
    for folder in ["Content"] {
      let enumerator = FileManager.default.enumerator(atPath: site.url(folder).path)
      while let relative = enumerator?.nextObject() as? String {
        guard relative.hasSuffix(".yaml") || relative.hasSuffix(".md") else { continue }
        let url = site.url(folder).appendingPathComponent(relative)
        let text = try String(contentsOf: url, encoding: .utf8)
        let range = NSRange(text.startIndex..., in: text)
        probed += pattern.numberOfMatches(in: text, range: range)
        let template = "$1\"$2 " + NSRegularExpression.escapedTemplate(for: probe) + "\""
        let replaced = pattern.stringByReplacingMatches(in: text, range: range, withTemplate: template)
        try Data(replaced.utf8).write(to: url)
      }
    }
    try site.write("demarc.yaml", "title: \"Site \(probe)\"\ntheme: ../_theme\n")
    #expect(probed > 40)
    let (diagnostics, pages) = try Self.check(site)
    #expect(
      !diagnostics.contains { $0.severity == .error },
      "\(diagnostics.filter { $0.severity == .error }.prefix(4))")
    var escaped = 0
    for (path, html) in pages where path.hasSuffix(".html") {
      #expect(!html.contains("<script>alert"), "\(path) lets a script through")
      #expect(!html.contains("<img src=x"), "\(path) lets markup through")
      escaped += html.components(separatedBy: "&lt;script&gt;alert(1)&lt;/script&gt;").count - 1
    }
    #expect(escaped > 100)
  }

  @Test func rawHTMLIsDroppedUnlessTheSiteOptsIn() throws {
    let site = try FixtureSite(named: "basic")
    defer { site.remove() }
    let (dropped, pages) = try Self.check(site)
    #expect(dropped.contains { $0.code == .rawHTMLDropped })
    #expect(pages["index.html"]?.contains("<script>") == false)
    try site.write("demarc.yaml", "title: Basic Fixture\ntheme: ../_theme\nallow_raw_html: true\n")
    let (kept, optedIn) = try Self.check(site)
    #expect(!kept.contains { $0.code == .rawHTMLDropped })
    #expect(optedIn["index.html"]?.contains("<script>alert(\"raw html\")</script>") == true)
  }
}
