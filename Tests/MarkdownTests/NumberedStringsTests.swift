import Markdown
import Testing

/// Strings by number read back as a dictionary of them would, however they were set.
@Suite struct NumberedStringsTests {
  @Test func readsBackWhatWasSet() {
    var strings = NumberedStrings()
    #expect(strings.isEmpty && strings[0] == nil)
    strings[2] = "../section-45/page-09545.html#usage"
    strings[7] = ""
    strings[9] = "é ü"
    #expect(strings[2] == "../section-45/page-09545.html#usage")
    #expect(strings[7] == "")
    #expect(strings[9] == "é ü")
    #expect(strings[3] == nil && strings[10] == nil && strings[-1] == nil)
    #expect(strings.keys == [2, 7, 9])
    #expect(strings.values == ["../section-45/page-09545.html#usage", "", "é ü"])
    // Out of order, replaced, removed: repacked to the same value as built in order.
    strings[0] = "first"
    strings[7] = "seven"
    strings[9] = nil
    #expect(strings == [0: "first", 2: "../section-45/page-09545.html#usage", 7: "seven"])
    #expect(strings.count == 3)
    #expect(NumberedStrings([1: "a", 0: "b"]) == [0: "b", 1: "a"])
    #expect(NumberedStrings([0: "ab", 1: "c"]) != NumberedStrings([0: "a", 1: "bc"]))
    // From pairs in any order, a repeated number keeping its last string.
    let pairs = [(5, "five"), (1, "one"), (5, "FIVE"), (3, "three")]
    #expect(NumberedStrings(pairs) == [1: "one", 3: "three", 5: "FIVE"])
    #expect(NumberedStrings([(1, "a"), (1, "b")])[1] == "b")
  }
}
