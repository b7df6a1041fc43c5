// swift-tools-version:6.0
import PackageDescription

/// demarc: Markdown pages plus a validated responsibility dataset, built into a static site.
///
/// The targets follow the build pipeline's concerns; only `Markdown` imports the C library.
let package = Package(
  name: "demarc",
  products: [.executable(name: "demarc", targets: ["demarc"])],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    // Only for the tests: the reference that demarc's own template engine is checked against.
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    // The live-preview server: sockets and HTTP/1.1 in plain Swift, about 9 s of a cold build
    // (Hummingbird, on SwiftNIO, costs about 90 s here; see README, "demarc serve").
    .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.0"),
  ],
  targets: [
    .systemLibrary(
      name: "Ccmark", pkgConfig: "libcmark",
      providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]),
    // The few Linux calls Glibc's Swift module lacks (renameat2 for the atomic output swap).
    .target(name: "CSystem"),
    .target(name: "Diagnostics"),
    .target(name: "Markdown", dependencies: ["Ccmark", "Diagnostics"]),
    .target(name: "Dataset", dependencies: ["Diagnostics", "Yams"]),
    // The dataset as data: JSON (with its schema), CSV matrices, OSCAL, and diffs between versions.
    .target(name: "DatasetExport", dependencies: ["Dataset", "Diagnostics"]),
    // Mustache templates parsed once and rendered against typed values (no reflection).
    .target(name: "Templating"),
    .target(name: "SiteTheme", dependencies: ["Diagnostics", "Templating"]),
    .target(
      name: "SiteBuild",
      dependencies: ["CSystem", "Diagnostics", "Markdown", "Dataset", "DatasetExport", "SiteTheme", "Yams"]),
    .target(
      name: "LiveServer",
      dependencies: ["SiteBuild", "Diagnostics", .product(name: "FlyingFox", package: "FlyingFox")]),
    .executableTarget(
      name: "demarc",
      dependencies: [
        "SiteBuild", "Diagnostics", "LiveServer", "Dataset", "DatasetExport",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // jemalloc in place of glibc's malloc: a build is mostly small allocations on every core,
      // and it measured about 20 % faster for 3 % more peak memory (AllocatorTuning, README).
      linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]),
    // libFuzzer target: see README, "Fuzzing". Without -DFUZZING it replays inputs from files.
    .executableTarget(
      name: "demarc-fuzz", dependencies: ["SiteBuild", "Dataset", "Diagnostics", "Markdown"],
      path: "Sources/DemarcFuzz"),
    .testTarget(name: "MarkdownTests", dependencies: ["Markdown"]),
    .testTarget(
      name: "TemplatingTests",
      dependencies: ["Templating", .product(name: "Mustache", package: "swift-mustache")]),
    .testTarget(
      name: "DatasetTests", dependencies: ["Dataset", "Diagnostics", .product(name: "Yams", package: "Yams")]),
    .testTarget(
      name: "DatasetExportTests", dependencies: ["DatasetExport", "Dataset", "Diagnostics", "TestSupport"],
      exclude: ["Fixtures"]),
    // What the test targets that run the built binary share.
    .target(name: "TestSupport", dependencies: ["SiteBuild"], path: "Tests/TestSupport"),
    // The shipped handbook's content: coverage of the model, its pages and its one-page view. Apart
    // from the theme and pipeline tests, so editing the handbook breaks only these.
    .testTarget(
      name: "HandbookTests",
      dependencies: ["SiteBuild", "Dataset", "DatasetExport", "Diagnostics", "TestSupport"]),
    .testTarget(name: "LiveServerTests", dependencies: ["LiveServer", "SiteBuild", "TestSupport"]),
    .testTarget(
      name: "SiteBuildTests",
      dependencies: ["SiteBuild", "SiteTheme", "Templating", "Diagnostics", "DatasetExport", "TestSupport"],
      exclude: ["Fixtures"]),
  ]
)
