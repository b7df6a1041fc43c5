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
    ("café/naïve.html", "café/über.html", "über.html"),
    ("a/b/c/d.html", "a/b.html", "../../b.html"),
    ("a/b.html", "", "../"),
    ("", "a/b.html", "a/b.html"),
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

  /// The check as it was written on strings (Foundation's search of the lower-cased path), the
  /// reference the byte-level one must match.
  static func referenceIsSafeRelative(_ path: String) -> Bool {
    guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\0"), !path.contains("\\") else {
      return false
    }
    let lowered = path.lowercased()
    if ["%2e", "%2f", "%5c", "%00"].contains(where: { lowered.contains($0) }) { return false }
    return !path.split(separator: "/").contains("..")
  }

  @Test func safeRelativePathsAsTheStringCheckSaidOnEveryPiece() {
    let pieces = [
      "a", "..", ".", "", "/", "%2E", "%2e", "%2F", "%5C", "%5c", "%00", "%0", "%", "%2", "K", "İ", "é", "\\",
      "\0",
      "...", "..a", "a..", "index.html", "%41",
    ]
    var paths = pieces
    for a in pieces { for b in pieces { paths += [a + b, a + "/" + b, "x/" + a + "/" + b] } }
    for path in paths {
      #expect(SitePath.isSafeRelative(path) == Self.referenceIsSafeRelative(path), "\(path.debugDescription)")
    }
    #expect(SitePath.isSafeRelative("guide/intro.html") && !SitePath.isSafeRelative("guide/../../x"))
  }
}
