import Testing

@testable import SiteBuild

/// What a one-off command hands to ``ExitKeeper`` is never freed: no deinit runs for it, so the
/// CLI's build spends nothing tearing down what the exit takes back anyway.
@Suite struct ExitKeeperTests {
  private final class Tracked {
    let name: String
    init(_ name: String) { self.name = name }
  }

  @Test func aKeptValueOutlivesItsLastReference() {
    weak var kept: Tracked?
    weak var dropped: Tracked?
    do {
      let one = Tracked("kept")
      let two = Tracked("dropped")
      kept = one
      dropped = two
      ExitKeeper.keep((one, [one.name]))
    }
    #expect(kept?.name == "kept")
    #expect(dropped == nil, "an object not kept is freed as usual")
  }
}
