/// How long each stage of one build took, in the order they ran: what `--verbose` prints, so a
/// slow build or rebuild says where its time went without a profiler.
public struct StageTimes: Sendable, Equatable {
  public private(set) var stages: [(name: String, duration: Duration)] = []

  public init() {}

  /// Runs `work` as the stage `name` and records how long it took.
  mutating func time<T, Failure: Error>(_ name: String, _ work: () throws(Failure) -> T) throws(Failure) -> T
  {
    let start = ContinuousClock.now
    let value = try work()
    record(name, since: start)
    return value
  }

  /// Records the stage `name` as having run from `start` until now, for work that cannot run in a
  /// closure (one that takes ownership of a value).
  mutating func record(_ name: String, since start: ContinuousClock.Instant) {
    stages.append((name, ContinuousClock.now - start))
  }

  /// `scan 73 ms, load 45 ms, …`.
  public var summary: String {
    stages.map { "\($0.name) \(Int($0.duration / .milliseconds(1))) ms" }.joined(separator: ", ")
  }

  public static func == (lhs: StageTimes, rhs: StageTimes) -> Bool {
    lhs.stages.elementsEqual(rhs.stages) { $0.name == $1.name && $0.duration == $1.duration }
  }
}
