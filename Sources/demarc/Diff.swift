import ArgumentParser
import Dataset
import DatasetExport
import Diagnostics
import Foundation

/// `demarc diff OLD.json NEW.json`: what moved between two exports of a dataset.
struct Diff: ParsableCommand {
  enum Format: String, ExpressibleByArgument { case text, json }

  static let configuration = CommandConfiguration(
    abstract:
      "Compare two JSON exports of a dataset: entities added or removed, owners, confidence and citations.",
    discussion: """
      Each file is what 'demarc export --format json' writes. Both are read and checked as demarc \
      reads a dataset; a problem is reported as file:line:col. Exit codes: 0 (or 1 with \
      --exit-code when something changed); 1 for a file with errors; 74 for a file that cannot be read.
      """)

  @Argument(help: ArgumentHelp("The earlier export.", valueName: "old.json")) var old: String
  @Argument(help: ArgumentHelp("The later export.", valueName: "new.json")) var new: String

  @Option(name: .long, help: ArgumentHelp("text (the default) or json.", valueName: "format"))
  var format: Format = .text

  @Flag(name: .long, help: "Exit with 1 when the datasets differ, as 'git diff --exit-code' does.")
  var exitCode = false

  func run() throws {
    let before = try Self.load(old)
    let after = try Self.load(new)
    let diff = DatasetDiff(old: before, new: after)
    let text = format == .json ? diff.json.pretty : diff.text
    FileHandle.standardOutput.write(Data(text.utf8))
    if exitCode, !diff.isEmpty { throw ExitCode(1) }
  }

  /// One export, read by the dataset loader (JSON is YAML) and validated; errors end the run.
  private static func load(_ path: String) throws -> Dataset {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else {
      Console.printError("error: cannot read '\(path)' as a UTF-8 file")
      throw Console.ioFailure
    }
    let (dataset, diagnostics) = DatasetLoader.load(document: DataFile(path: path, text: text))
    let all = diagnostics + DatasetValidator.validate(dataset)
    let report = DiagnosticFormatter(format: .text, colour: Console.colourAllowed).report(all)
    if !report.isEmpty { FileHandle.standardError.write(Data(report.utf8)) }
    if all.contains(where: { $0.severity == .error }) {
      Console.printError("\(path) is not a dataset demarc can compare")
      throw ExitCode(1)
    }
    return dataset
  }
}
