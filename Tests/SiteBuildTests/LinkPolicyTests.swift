import Diagnostics
import Foundation
import SiteBuild
import Testing

/// Links written for GitHub, Hugo or Zola resolve here, and a first import can build with its
/// broken links as warnings.
@Suite struct LinkPolicyTests {
  static let site = [
    "index.md": "# Home\n", "guide/intro.md": "# Intro\n\n## Set up\n", "images/logo.png": "png",
    "guide/links.md": """
    # Links

    [abs](/guide/intro.md#set-up) [zola](@/guide/intro.md?tab=2) [img](/images/logo.png)
    [folder](/guide/) [host](/api/v1) [other site](//example.com/x)
    [missing](/guide/nope.md) [bare](intro)

    """,
  ]

  @Test func siteAbsoluteAndZolaLinksResolveFromTheContentRootAndAreWrittenRelative() throws {
    let (diagnostics, pages) = try PageConventionTests.check(Self.site)
    let page = try #require(pages["guide/links.html"])
    #expect(page.contains("<a href=\"intro.html#set-up\">abs</a>"))
    #expect(page.contains("<a href=\"intro.html?tab=2\">zola</a>"))
    #expect(page.contains("<a href=\"../images/logo.png\">img</a>"))
    #expect(page.contains("<a href=\"index.html\">folder</a>"), "a folder link names its page, for file://")
    #expect(page.contains("<a href=\"/api/v1\">host</a>"), "a path demarc does not build is left to the host")
    #expect(page.contains("<a href=\"//example.com/x\">other site</a>"))
    let messages = diagnostics.filter { $0.location?.file == "Content/guide/links.md" }.map(\.message)
    #expect(messages.count == 2)
    #expect(messages.contains { $0.hasPrefix("no page Content/guide/nope.md") })
    #expect(messages.contains("no file Content/guide/intro; did you mean 'intro.md'?"))
  }

  @Test func linksWarnLetsABrokenTreeBuild() throws {
    let (errors, _) = try PageConventionTests.check(Self.site)
    #expect(errors.filter { $0.severity == .error }.count == 2)
    let (warnings, pages) = try PageConventionTests.check(Self.site, overrides: BuildOverrides(links: .warn))
    #expect(!warnings.contains { $0.severity == .error })
    #expect(warnings.filter { $0.code == .brokenLink && $0.severity == .warning }.count == 2)
    #expect(pages["guide/links.html"] != nil)
  }

  @Test func linksWarnIsReadFromTheConfig() throws {
    var bag = DiagnosticBag()
    #expect(SiteConfig.parse("links: warn\n", file: "demarc.yaml", into: &bag).links == .warn)
    #expect(bag.diagnostics.isEmpty)
    _ = SiteConfig.parse("links: sometimes\n", file: "demarc.yaml", into: &bag)
    #expect(bag.diagnostics.map(\.code) == [.invalidValue])
  }
}
