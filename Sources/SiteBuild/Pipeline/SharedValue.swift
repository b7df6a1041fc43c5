/// A value behind one reference, copied only when it is changed while shared (copy on write).
///
/// The stages hand 10,000 page values from array to array, and the serve loop keeps each stage's
/// result to compare against the next. A page of fourteen reference-counted fields then costs
/// fourteen retains and releases per copy, which the profile of a 10,000-page rebuild put at half
/// its time. Behind a `SharedValue` a copy is one retain.
struct SharedValue<Value: Sendable>: Sendable {
  /// Mutated only through ``value``'s modify accessor, and only while this is its one reference,
  /// so no two threads ever see a box change: the same guarantee `Array`'s buffer gives.
  private final class Box: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
  }

  private var box: Box

  init(_ value: Value) { box = Box(value) }

  var value: Value {
    get { box.value }
    _modify {
      if !isKnownUniquelyReferenced(&box) { box = Box(box.value) }
      yield &box.value
    }
  }
}

extension SharedValue: Equatable where Value: Equatable {
  /// The same box is the same value, without comparing it.
  static func == (lhs: Self, rhs: Self) -> Bool { lhs.box === rhs.box || lhs.box.value == rhs.box.value }
}
