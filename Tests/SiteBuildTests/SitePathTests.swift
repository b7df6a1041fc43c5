import SiteBuild
import Testing

@Suite struct SitePathTests {
  @Test(arguments: [
    ("index.html", "guide/intro.html", "guide/intro.html"),
    ("guide/intro.html", "index.html", "../index.html"),
    ("a/b.html", "a/c.html", "c.html"),
    ("a/b/c.html", "a/d.html", "../d.html"),
    ("ab/x.html", "a/y.html", "../a/y.html"),
    ("a/b.html", "a/b.html", "b.html"),
    ("a/b/c.html", "x/y/z.html", "../../x/y/z.html"),
  ])
  func relativeLinks(_ from: String, _ to: String, _ expected: String) {
    #expect(SitePath.relativeLink(from: from, to: to) == expected)
  }

  @Test func resolveRefusesToClimbAboveTheRoot() {
    #expect(SitePath.resolve("../x.md", from: "guide") == "x.md")
    #expect(SitePath.resolve("../../x.md", from: "guide") == nil)
    #expect(SitePath.resolve("./a/./b.md", from: "") == "a/b.md")
    #expect(SitePath.resolve("a//b/", from: "x//y") == "x/y/a/b", "empty parts are dropped")
    #expect(SitePath.resolve("a/../../b", from: "x") == "b")
    #expect(SitePath.resolve("../../..", from: "x/y") == nil)
    #expect(SitePath.resolve("...", from: "") == "...", "three dots are a name")
    #expect(SitePath.resolve("../café/ü.md", from: "naïve") == "café/ü.md")
    #expect(SitePath.resolve("", from: "") == "")
  }
}
