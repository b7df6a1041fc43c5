import ArgumentParser
import Foundation
import SiteBuild

/// `demarc check`: run the whole pipeline in memory and report every problem; write nothing.
struct Check: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Check the site and print every problem; writes nothing.")

  @OptionGroup var options: SiteOptions

  func run() throws {
    let (result, _) = try Console.runStage { () throws(BuildFailure) in
      try BuildPipeline.check(
        siteRoot: options.siteURL, jobs: options.jobs,
        overrides: options.overrides())
    }
    Console.report(result, options: options)
    if result.failed(strict: options.strict) {
      Console.summary(result, strict: options.strict, action: "check failed")
      throw ExitCode(1)
    }
    if !options.quiet {
      Console.success(
        "Checked \(result.pageCount) pages: no errors" + Console.warningSuffix(result), options: options)
      for line in Console.details(result, options: options) {
        Console.success(line, options: options)
      }
    }
  }
}
