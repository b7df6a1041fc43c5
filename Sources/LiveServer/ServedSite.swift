import SiteBuild

/// The files of one successful build, by output path, as `demarc serve` hands them out: the same
/// bytes `demarc build` writes, held in memory so a rebuild replaces the whole site in one step and
/// no request ever sees half of one build and half of the next.
public struct ServedSite: Sendable {
  public let files: [String: [UInt8]]
  /// Counts successful builds; the live-reload script compares it with the one its page came from.
  public let generation: Int

  public init(files: [String: [UInt8]], generation: Int) {
    self.files = files
    self.generation = generation
  }

  public init(_ rendered: RenderedSite, generation: Int) {
    var files: [String: [UInt8]] = [:]
    files.reserveCapacity(rendered.files.count)
    for file in rendered.files { files[file.path] = file.bytes }
    self.init(files: files, generation: generation)
  }

  /// The site's own not-found page, served with status 404.
  static let notFoundPage = OutputPath.notFound
}

extension ServedSite {
  /// What is served before the first build passes: a page that carries the live-reload script, so
  /// the build's errors show in the browser and the site appears once they are fixed.
  static let waiting: ServedSite = {
    let page = Array(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>demarc serve</title></head>\n<body>\n<p>Waiting for a build without errors.</p>\n</body>\n</html>\n"
        .utf8)
    return ServedSite(files: [OutputPath.home: page, notFoundPage: page], generation: 0)
  }()
}
