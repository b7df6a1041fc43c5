import ArgumentParser
import DatasetExport
import Diagnostics
import Foundation
import SiteBuild

extension ExportFormat: ExpressibleByArgument {}

/// `demarc export`: one of the dataset's exports, as `demarc build` writes it into `data/`.
struct Export: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write the dataset as JSON, its JSON Schema, CSV, a customer responsibility matrix or OSCAL.",
    discussion: """
      Formats: json (the whole dataset; demarc reads it back from Content/data/demarc-dataset.json), \
      schema (its JSON Schema), csv (one row per class or service and layer or control), crm (the \
      customer responsibility matrix, FedRAMP-style), oscal (an OSCAL 1.1 component definition), \
      catalog (the OSCAL catalog it refers to). The files are the ones every build writes into data/.
      """)

  @Option(name: .long, help: ArgumentHelp("The site root, holding Content/data/.", valueName: "dir"))
  var site: String = "."

  @Option(name: .long, help: ArgumentHelp("json, schema, csv, crm, oscal or catalog.", valueName: "format"))
  var format: ExportFormat

  @Option(
    name: .shortAndLong,
    help: ArgumentHelp("Where to write it; - (the default) is standard output.", valueName: "file"))
  var output: String = "-"

  @Flag(name: .long, help: "Treat the dataset's warnings as errors.")
  var strict = false

  func validate() throws { try SiteOptions.requireFolder(site) }

  func run() throws {
    let (dataset, config, diagnostics) = BuildPipeline.dataset(
      siteRoot: URL(fileURLWithPath: site, isDirectory: true))
    let report = DiagnosticFormatter(format: .text, colour: Console.colourAllowed).report(diagnostics)
    if !report.isEmpty { FileHandle.standardError.write(Data(report.utf8)) }
    let errors = diagnostics.count { $0.severity == .error || (strict && $0.severity == .warning) }
    guard errors == 0 else {
      Console.printError("\(errors) problem\(errors == 1 ? "" : "s") in the dataset: nothing exported")
      throw ExitCode(1)
    }
    guard !dataset.isEmpty else {
      Console.printError("error: \(site)/Content/data/ holds no dataset: nothing to export")
      throw ExitCode(1)
    }
    let text = BuildPipeline.exports(of: dataset, config: config).text(format)
    try Console.writeOutput(text, to: output)
  }
}
