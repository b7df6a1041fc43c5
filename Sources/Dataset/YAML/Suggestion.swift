/// Finds the closest known name to a misspelt one, for "did you mean" hints.
public enum Suggestion {
  /// `; did you mean 'x'?` for a nearest candidate, or nothing: the one wording of every hint.
  public static func hint(_ nearest: String?) -> String { nearest.map { "; did you mean '\($0)'?" } ?? "" }

  /// The candidate with the smallest edit distance, if it is close enough to be a plausible typo
  /// (at most a third of the word's length, and never more than 3 edits). Ties go to the first in
  /// sorted order, so the hint is stable.
  public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
    let limit = min(3, max(1, word.count / 3))
    var best: (distance: Int, candidate: String)?
    for candidate in candidates.sorted() {
      let distance = editDistance(word, candidate)
      if distance <= limit, distance < (best?.distance ?? .max) { best = (distance, candidate) }
    }
    return best?.candidate
  }

  /// Edit distance over Unicode scalars where swapping two neighbours counts as one edit (optimal
  /// string alignment), since `tilte` for `title` is the commonest typo of all.
  public static func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let left = Array(lhs.unicodeScalars)
    let right = Array(rhs.unicodeScalars)
    if left.isEmpty { return right.count }
    if right.isEmpty { return left.count }
    var beforePrevious = [Int](repeating: 0, count: right.count + 1)
    var previous = Array(0...right.count)
    var current = [Int](repeating: 0, count: right.count + 1)
    for i in 1...left.count {
      current[0] = i
      for j in 1...right.count {
        let cost = left[i - 1] == right[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[right.count]
  }
}
