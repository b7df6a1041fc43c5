import Foundation

/// A failure of the environment rather than of the content: the site cannot be read or the output
/// cannot be written. Content problems are never thrown; they are diagnostics.
public enum BuildFailure: Error, Equatable, CustomStringConvertible {
  case unreadable(path: String, reason: String)
  case unwritable(path: String, reason: String)
  /// The output folder exists and was not made by demarc, so demarc will not replace it.
  case foreignOutput(path: String)
  /// The output folder overlaps the content or the theme.
  case overlappingOutput(output: String, other: String)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
    case .unwritable(let path, let reason): "cannot write \(path): \(reason)"
    case .foreignOutput(let path):
      "\(path) exists and was not created by demarc (it has no \(OutputWriter.markerName) file); refusing to replace it. Remove it or choose another --output."
    case .overlappingOutput(let output, let other):
      "the output folder \(output) overlaps \(other); choose an output outside the content and theme"
    }
  }
}
