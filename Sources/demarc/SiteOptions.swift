import ArgumentParser
import Foundation

/// Options shared by `build` and `check`.
struct SiteOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("The site root, holding Content/ and Theme/.", valueName: "dir"))
  var site: String = "."

  @Flag(name: .long, help: "Treat warnings as errors (for CI).")
  var strict = false

  @Flag(name: .shortAndLong, help: "Print only errors and warnings, no summary.")
  var quiet = false

  @Flag(name: .shortAndLong, help: "Also print what the dataset holds (counts of entities and cells).")
  var verbose = false

  var siteURL: URL { URL(fileURLWithPath: site, isDirectory: true) }

  func validate() throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: site, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      throw ValidationError("the site root '\(site)' is not a folder")
    }
  }
}
