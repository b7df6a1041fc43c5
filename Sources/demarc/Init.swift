import ArgumentParser
import Diagnostics
import Foundation
import SiteBuild

/// `demarc init`: write a small site that builds and checks clean, refusing to replace anything.
struct Init: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Write a starting site (demarc.yaml and two pages) into a folder.",
    discussion: """
      With --dataset it also writes a minimal responsibility dataset and pages bound to it. Nothing \
      that already exists is replaced: if any of the files is there, nothing is written.
      """)

  @Argument(
    help: ArgumentHelp("The folder to write the site into (default: the current one).", valueName: "dir"))
  var folder: String = "."

  @Flag(name: .long, help: "Also write a minimal responsibility dataset and pages about its entities.")
  var dataset = false

  func run() throws {
    let root = URL(fileURLWithPath: folder, isDirectory: true)
    let files = StarterSite.files(withDataset: dataset)
    let existing = files.map(\.path).filter {
      FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path)
    }
    guard existing.isEmpty else {
      Console.printError(
        "error: \(root.path) already has \(existing.joined(separator: ", ")); nothing was written")
      throw ExitCode(1)
    }
    do {
      for file in files {
        let url = root.appendingPathComponent(file.path)
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        // withoutOverwriting: a file that appeared since the check is still not replaced.
        try Data(file.text.utf8).write(to: url, options: .withoutOverwriting)
      }
    } catch {
      Console.printError("error: cannot write the site into \(root.path): \(error.localizedDescription)")
      throw Console.ioFailure
    }
    print(
      TerminalText.escaped(
        "Wrote \(files.count) files into \(root.path). Build it with: demarc build --site \(folder)"))
  }
}
