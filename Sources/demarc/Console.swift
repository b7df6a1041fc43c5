import ArgumentParser
import Diagnostics
import Foundation
import SiteBuild

/// Printing and exit-code policy shared by the commands.
enum Console {
  /// Exit code for a site that cannot be read or an output that cannot be written (EX_IOERR).
  static let ioFailure = ExitCode(74)

  /// Runs a pipeline call, turning an environment failure into a message and exit code 74.
  static func runStage<T>(_ body: () throws(BuildFailure) -> T) throws -> T {
    do {
      return try body()
    } catch {
      printError("error: \(error.description)")
      throw ioFailure
    }
  }

  /// Diagnostics go to standard error, one per line, in the compiler form.
  static func print(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics { printError(diagnostic.description) }
  }

  static func summary(_ result: BuildPipeline.Result, strict: Bool, action: String) {
    var parts = ["\(result.errorCount) error\(result.errorCount == 1 ? "" : "s")"]
    parts.append("\(result.warningCount) warning\(result.warningCount == 1 ? "" : "s")")
    let note = strict && result.errorCount == 0 ? " (warnings are errors under --strict)" : ""
    printError("\(parts.joined(separator: ", "))\(note): \(action)")
  }

  static func printDetails(_ result: BuildPipeline.Result, verbose: Bool) {
    guard verbose, let summary = result.datasetSummary else { return }
    Swift.print("Dataset: \(summary)")
  }

  static func warningSuffix(_ result: BuildPipeline.Result) -> String {
    result.warningCount == 0 ? "" : " (\(result.warningCount) warning\(result.warningCount == 1 ? "" : "s"))"
  }

  static func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
  }
}
