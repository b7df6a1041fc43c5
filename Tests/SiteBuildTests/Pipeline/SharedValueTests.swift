import Testing

@testable import SiteBuild

/// A value behind one reference still behaves as a value: a copy changed later leaves the other
/// as it was, whichever side changes, and a change of the only copy happens in place.
@Suite struct SharedValueTests {
  @Test func copiesStayIndependent() {
    var first = SharedValue([1, 2, 3])
    var second = first
    second.value.append(4)
    #expect(first.value == [1, 2, 3] && second.value == [1, 2, 3, 4])
    first.value[0] = 9
    #expect(first.value == [9, 2, 3] && second.value == [1, 2, 3, 4])
    #expect(first != second && SharedValue([1]) == SharedValue([1]), "equal by value, not by box")
  }

  @Test func pagesCopiedFromStageToStageStayIndependent() {
    let page = ResolvedPage(
      outputPath: "a.html", origin: .authored, title: "A", description: nil, order: nil, sourcePath: nil,
      document: nil, entity: nil, anchors: ["x"])
    var retitled = page
    retitled.title = "B"
    retitled.anchors.insert("y")
    #expect(page.title == "A" && page.anchors == ["x"])
    #expect(retitled.title == "B" && retitled.anchors == ["x", "y"])
  }
}
