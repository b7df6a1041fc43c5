import ArgumentParser
import Diagnostics
import Foundation
import SiteBuild

/// Printing and exit-code policy shared by the commands.
///
/// Text diagnostics go to standard error; machine formats (json, sarif, github) go to standard
/// output, alone, so a CI step can capture or parse them; summaries then go to standard error.
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

  static func report(_ result: BuildPipeline.Result, options: SiteOptions) {
    let formatter = DiagnosticFormatter(
      format: options.format, colour: options.format == .text && colourAllowed)
    let report = formatter.report(result.diagnostics)
    if options.format == .text {
      if !report.isEmpty { FileHandle.standardError.write(Data(report.utf8)) }
    } else {
      FileHandle.standardOutput.write(Data(report.utf8))
    }
  }

  /// Colour only on a terminal, and never when `NO_COLOR` is set to anything non-empty.
  static var colourAllowed: Bool {
    if let noColour = ProcessInfo.processInfo.environment["NO_COLOR"], !noColour.isEmpty { return false }
    return isatty(STDERR_FILENO) != 0
  }

  static func summary(_ result: BuildPipeline.Result, strict: Bool, action: String) {
    var parts = ["\(result.errorCount) error\(result.errorCount == 1 ? "" : "s")"]
    parts.append("\(result.warningCount) warning\(result.warningCount == 1 ? "" : "s")")
    let note = strict && result.errorCount == 0 ? " (warnings are errors under --strict)" : ""
    printError("\(parts.joined(separator: ", "))\(note): \(action)")
  }

  /// A success line: standard output for text, standard error when stdout carries a report.
  static func success(_ line: String, options: SiteOptions) {
    if options.format == .text {
      FileHandle.standardOutput.write(Data((TerminalText.escaped(line) + "\n").utf8))
    } else {
      printError(line)
    }
  }

  /// What `--verbose` adds, one line each: the dataset's counts, each stage's time and the
  /// allocator the times were measured with.
  static func details(_ result: BuildPipeline.Result, options: SiteOptions) -> [String] {
    guard options.verbose else { return [] }
    return (result.datasetSummary.map { ["Dataset: \($0)"] } ?? [])
      + (result.times.stages.isEmpty
        ? [] : ["Stages: \(result.times.summary)", "Allocator: \(AllocatorTuning.allocator)"])
  }

  static func warningSuffix(_ result: BuildPipeline.Result) -> String {
    result.warningCount == 0 ? "" : " (\(result.warningCount) warning\(result.warningCount == 1 ? "" : "s"))"
  }

  /// Writes a command's result to standard output (`-`) or to a file, replaced atomically (a new
  /// file renamed over the old one), so a reader never sees half of it. Anything but a regular
  /// file or a new name is refused: a FIFO or a device would be replaced, a folder cannot be.
  static func writeOutput(_ text: String, to path: String) throws {
    guard path != "-" else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    if let type = (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType,
      type != .typeRegular
    {
      printError("error: '\(path)' is not a regular file; give a file name or - for standard output")
      throw ioFailure
    }
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      printError("error: cannot write '\(path)': \(error.localizedDescription)")
      throw ioFailure
    }
  }

  /// One line on standard error; paths in it are escaped like diagnostics, so a name cannot forge
  /// a line.
  static func printError(_ line: String) {
    FileHandle.standardError.write(Data((TerminalText.escaped(line) + "\n").utf8))
  }
}
