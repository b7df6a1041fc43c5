import Foundation
import SiteBuild
import Testing

/// Trees written for mdBook, MkDocs and Zola build as they are, with no theme and no config: the
/// look-alikes in `Fixtures/lookalikes/` mirror each tool's conventions (SUMMARY.md, README pages,
/// `+++` front matter, `@/` links, GitHub anchors, tables).
@Suite struct PeerTreeTests {
  static func build(_ name: String) throws -> (errors: Int, files: [String: String], remove: () -> Void) {
    let sandbox = FileManager.default.temporaryDirectory.appendingPathComponent(
      "demarc-peer-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: sandbox, withIntermediateDirectories: true)
    let site = sandbox.appendingPathComponent(name)
    try FileManager.default.copyItem(
      at: FixtureSite.fixtures.appendingPathComponent("lookalikes/\(name)"), to: site)
    let result = try BuildPipeline.build(
      siteRoot: site, output: sandbox.appendingPathComponent("out"), strict: false)
    let files = Golden.files(in: sandbox.appendingPathComponent("out")).mapValues {
      String(decoding: $0, as: UTF8.self)
    }
    return (result.errorCount, files, { try? FileManager.default.removeItem(at: sandbox) })
  }

  /// The positions of `titles` in `text`, which must all be there.
  static func inOrder(_ titles: [String], in text: String) -> Bool {
    let positions = titles.map { text.range(of: $0)?.lowerBound }
    return positions.allSatisfy { $0 != nil }
      && positions.compactMap { $0 } == positions.compactMap { $0 }.sorted()
  }

  @Test func anMdBookTreeFollowsItsSummary() throws {
    let (errors, files, remove) = try Self.build("mdbook")
    defer { remove() }
    #expect(errors == 0)
    #expect(
      files["SUMMARY.html"] == nil && files["README.html"] == nil && files["reference/README.html"] == nil)
    #expect(files["reference/index.html"]?.contains("<h1 id=\"the-format\">The format") == true)
    let tree = try #require(files["nav-tree.js"])
    #expect(
      Self.inOrder(
        ["\"User guide\"", "\"Installing\"", "\"Writing pages\"", "\"The format\"", "\"Contributors\""],
        in: tree))
    let writing = try #require(files["guide/writing.html"])
    #expect(
      writing.contains("<th align=\"left\">Key</th>")
        && writing.contains("<td align=\"center\">Its place | rank</td>"))
    #expect(files["reference/settings.html"]?.contains("markdown-alert-tip") == true)
  }

  @Test func anMkDocsTreeResolvesGitHubAnchors() throws {
    let (errors, files, remove) = try Self.build("mkdocs")
    defer { remove() }
    #expect(errors == 0)
    #expect(files["index.html"]?.contains("href=\"about/release-notes.html#whats-new-in-v123\"") == true)
    #expect(files["about/release-notes.html"]?.contains("<h2 id=\"whats-new-in-v123\">") == true)
    #expect(files["user-guide/writing-your-docs.html"]?.contains("<table>") == true)
  }

  @Test func aZolaTreeReadsTOMLAndAtLinks() throws {
    let (errors, files, remove) = try Self.build("zola")
    defer { remove() }
    #expect(errors == 0)
    let overview = try #require(files["documentation/getting-started/overview.html"])
    #expect(
      overview.contains("href=\"../content/overview.html#front-matter\""), "@/ links are written relative")
    #expect(overview.contains("href=\"../index.html\""), "site-absolute links too")
    #expect(files["documentation/content/unfinished.html"] == nil, "drafts are left out")
    #expect(!files.values.contains { $0.contains(">_index<") })
    let tree = try #require(files["nav-tree.js"])
    #expect(
      Self.inOrder(["\"Getting started\"", "\"Overview\"", "\"Configuration\"", "\"Content\""], in: tree))
  }
}
