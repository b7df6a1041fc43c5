import SiteBuild
import TestSupport
import Testing

/// What the shipped theme draws around each page: table of contents, previous/next, anchors.
@Suite struct ShippedThemePageTests {
  static let pages: [String: String] = {
    guard let (_, rendered) = try? ShippedSite.checked.get() else { return [:] }
    return LinkAudit.pages(of: rendered)
  }()

  @Test func aGuideHasATableOfContentsAndHeadingAnchors() throws {
    let html = try #require(Self.pages["guides/choosing-a-class.html"])
    #expect(html.contains("<aside class=\"toc\""))
    #expect(html.contains("<li><a href=\"#on-ec2-infrastructure\">On EC2: infrastructure</a></li>"))
    #expect(
      html.contains(
        "<a class=\"heading-anchor\" href=\"#on-ec2-infrastructure\" aria-label=\"Link to this section\">#</a>"
      ))
  }

  @Test func previousAndNextFollowTheReadingOrder() throws {
    let html = try #require(Self.pages["guides/hardware-line.html"])
    #expect(html.contains("rel=\"prev\" href=\"of-and-in-the-cloud.html\""))
    #expect(html.contains("rel=\"next\" href=\"choosing-a-class.html\""))
    #expect(try #require(Self.pages["404.html"]).contains("class=\"pager\"") == false)
  }
}
