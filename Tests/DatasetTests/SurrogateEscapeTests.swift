import Dataset
import Diagnostics
import Testing
import Yams

/// libyaml rejects each half of a UTF-16 surrogate-pair escape; demarc joins the pair first.
@Suite struct SurrogateEscapeTests {
  @Test func aSurrogatePairInDoubleQuotesIsOneCharacter() throws {
    var bag = DiagnosticBag()
    let root = YAMLComposer.compose(
      "title: \"rocket \\ud83d\\ude80 \\\\ud83d\"\nplain: a\\ud83d\\ude80\nsingle: 'x\\ud83d\\ude80' # \"\\ud83d\\ude80\"\n",
      file: "t.yaml", into: &bag)
    #expect(bag.diagnostics.isEmpty)
    let mapping = try #require(root?.mapping)
    #expect(mapping["title"]?.string == "rocket \u{1F680} \\ud83d", "an escaped backslash is not an escape")
    #expect(mapping["plain"]?.string == "a\\ud83d\\ude80", "plain scalars have no escapes")
    #expect(mapping["single"]?.string == "x\\ud83d\\ude80")
  }

  @Test func upperCaseHexIsJoinedToo() throws {
    var bag = DiagnosticBag()
    let root = YAMLComposer.compose(
      "title: \"\\uD83D\\uDE80 at the end\\uD83D\\uDE80\"\n", file: "t.yaml", into: &bag)
    #expect(bag.diagnostics.isEmpty)
    #expect(try #require(root?.mapping)["title"]?.string == "\u{1F680} at the end\u{1F680}")
  }

  @Test func aLoneHalfIsStillReported() {
    var bag = DiagnosticBag()
    _ = YAMLComposer.compose("title: \"\\ud83d alone\"\n", file: "t.yaml", into: &bag)
    #expect(bag.diagnostics.map(\.code) == [.yamlSyntax])
  }
}
