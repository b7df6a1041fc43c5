import ArgumentParser
import SiteBuild

/// The `demarc` command: builds and checks documentation sites made of Markdown and a dataset.
@main
struct Demarc: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demarc",
    abstract: "Build a static documentation site from Markdown pages and a validated responsibility dataset.",
    discussion: """
      A site root holds Content/ (Markdown pages, with the YAML dataset in Content/data/), Theme/ \
      (Mustache templates and assets) and an optional demarc.yaml.

      Exit codes: 0 success; 1 content errors (or warnings under --strict); 64 usage error; \
      74 the site could not be read or the output could not be written.
      """,
    version: "0.1.0",
    subcommands: [Build.self, Check.self, Serve.self, Export.self, Diff.self, Init.self],
    defaultSubcommand: nil)

  static func main() async {
    AllocatorTuning.apply()
    await main(nil)
  }
}
