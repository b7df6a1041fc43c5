extension Array {
  /// Whether the elements are in ascending order of `key`: one pass, which spares sorting values
  /// that arrive sorted (the pages of a routing that changed nothing but a title).
  func isSorted<Key: Comparable>(by key: (Element) -> Key) -> Bool {
    zip(self, dropFirst()).allSatisfy { key($0) <= key($1) }
  }
}
