import ArgumentParser
import Diagnostics
import Foundation
import SiteBuild

extension DiagnosticFormat: ExpressibleByArgument {}
extension LinkPolicy: ExpressibleByArgument {}

/// Options shared by `build` and `check`.
struct SiteOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("The site root, holding Content/ and Theme/.", valueName: "dir"))
  var site: String = "."

  @Flag(name: .long, help: "Treat warnings as errors (for CI).")
  var strict = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "How to print diagnostics: text (standard error), json, sarif or github (standard output).",
      valueName: "format"))
  var format: DiagnosticFormat = .text

  @Flag(name: .long, help: "Keep pages marked 'draft: true' (left out by default).")
  var drafts = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Broken links and anchors: error (the default) or warn; overrides links: in demarc.yaml.",
      valueName: "policy"))
  var links: LinkPolicy?

  /// The settings these options put on top of `demarc.yaml`.
  func overrides(baseURL: String? = nil) -> BuildOverrides {
    BuildOverrides(baseURL: baseURL, includeDrafts: drafts, links: links)
  }

  @Flag(name: .shortAndLong, help: "Print only diagnostics, no summary.")
  var quiet = false

  @Flag(
    name: .shortAndLong,
    help: "Also print what the dataset holds (counts of entities and cells) and how long each stage took.")
  var verbose = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Threads for loading and rendering (default: one per core). Output is the same for any value.",
      valueName: "n"))
  var jobs: Int?

  var siteURL: URL { URL(fileURLWithPath: site, isDirectory: true) }

  /// A usage error (64) unless `site` is a folder: every command that reads a site checks it first.
  static func requireFolder(_ site: String) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: site, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      throw ValidationError("the site root '\(site)' is not a folder")
    }
  }

  func validate() throws {
    try Self.requireFolder(site)
    if let jobs, !(1...256).contains(jobs) {
      throw ValidationError("--jobs must be between 1 and 256")
    }
  }
}
