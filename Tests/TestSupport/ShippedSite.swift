import Foundation
import SiteBuild

/// The repository's own handbook, checked once per test run and shared by every test, in any
/// target, that only reads the result.
public enum ShippedSite {
  public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  public static let checked = Result { () throws(BuildFailure) in
    try BuildPipeline.check(siteRoot: repository)
  }
}
