import Diagnostics
import Testing

@testable import LiveServer

@Suite struct ReloadChannelTests {
  @Test func aNewConnectionHearsTheCurrentStateAndLaterBuilds() async {
    let channel = ReloadChannel()
    await channel.publish(
      generation: 4,
      diagnostics: [
        Diagnostic(
          .error, .yamlSyntax, "bad \"quote\" </script>",
          at: SourceLocation(file: "Content/data/x.yaml", line: 3, column: 5))
      ])
    var events = await channel.subscribe().makeAsyncIterator()
    let first = String(decoding: await events.next() ?? [], as: UTF8.self)
    #expect(first.hasPrefix("retry: 500\n\nevent: state\ndata: {\"generation\":4,"))
    #expect(first.contains("\"file\":\"Content/data/x.yaml\",\"line\":3,\"column\":5,\"severity\":\"error\""))
    #expect(first.contains("\"code\":\"yaml-syntax\"") && first.contains("bad \\\"quote\\\""))
    #expect(first.hasSuffix("}]}\n\n"))
    await channel.publish(generation: 5, diagnostics: [])
    let second = String(decoding: await events.next() ?? [], as: UTF8.self)
    #expect(second == "event: state\ndata: {\"generation\":5,\"diagnostics\":[]}\n\n")
    #expect(await channel.clientCount == 1)
  }
}
