import Dataset
import Foundation
import SiteBuild
import Testing

/// The shipped handbook covers the whole model: a regression in the dataset or the pages fails CI.
@Suite struct HandbookCoverageTests {
  static let site: ResolvedSite? = LinkResolver.resolve(
    SiteLoader.load(SourceScanner.scan(siteRoot: ShippedSiteTests.repository)))

  var dataset: Dataset { Self.site?.dataset ?? .empty }

  @Test func entityCounts() {
    #expect(
      dataset.layers.map(\.id.value) == [
        "users", "data", "applications", "operating-system", "network", "hypervisor", "infrastructure",
        "physical",
      ])
    #expect(dataset.classes.map(\.id.value) == ["on-premises", "infrastructure", "container", "abstract"])
    let services = Set(dataset.services.map(\.id.value))
    #expect(
      services.isSuperset(of: ["ec2", "vpc", "rds", "s3", "dynamodb", "sqs", "sns", "redshift", "kms"]))
    let controls = Set(dataset.controls.map(\.id.value))
    #expect(controls.count >= 15)
    #expect(
      controls.isSuperset(of: [
        "physical-environmental", "patch-management", "configuration-management", "awareness-training",
        "server-side-encryption", "compliance-obligations", "service-communications-protection",
        "identity-access-management", "credential-hygiene", "firewall-configuration",
        "client-side-encryption",
        "logging-monitoring", "backup", "resource-policies", "network-traffic-protection",
        "service-security-configuration",
      ]))
    #expect(
      Set(dataset.tools.map(\.id.value)).isSuperset(of: [
        "iam", "cloudtrail", "guardduty", "shield", "waf", "artifact",
      ]))
    #expect(
      Set(dataset.sources.map(\.id.value)).isSuperset(of: [
        "seed-000", "seed-001", "seed-002", "seed-003", "seed-004", "aws-srm",
      ]))
  }

  @Test func classAliasesLetReadersFindTheGenericNames() {
    for (id, alias) in [("infrastructure", "IaaS"), ("container", "PaaS"), ("abstract", "SaaS")] {
      #expect(dataset.serviceClass(id)?.aliases.contains(alias) == true, "\(id) lacks alias \(alias)")
    }
  }

  @Test func everyClassHasACitedCellForEveryLayerAndControl() {
    var cells = 0
    for serviceClass in dataset.classes {
      for target in dataset.targets {
        let cell = dataset.cell(class: serviceClass.id.value, target: target)
        #expect(cell != nil, "\(serviceClass.id.value) lacks \(target)")
        #expect(cell?.citations.isEmpty == false, "\(serviceClass.id.value) × \(target) is not cited")
        cells += 1
      }
    }
    #expect(cells == dataset.classes.count * (dataset.layers.count + dataset.controls.count))
  }

  @Test func everyDisputeOfTheResearchIsRecorded() {
    let ids = dataset.disputes.map(\.id.value)
    for number in 1...12 {
      #expect(ids.contains { $0.hasPrefix("d\(number)-") }, "dispute D\(number) is not recorded")
    }
    for service in ["rds", "s3", "dynamodb"] {
      #expect(
        dataset.service(service)?.confidence == .disputed, "\(service)'s class is disputed in the sources")
    }
    #expect(
      dataset.cell(class: "container", target: .layer("network"))?.exception?.rule.value == "hardware-line")
  }

  @Test func everyEntityHasAPageAndEveryPageIsWithinThreeClicksOfHome() throws {
    let (result, rendered) = try ShippedSiteTests.checked.get()
    #expect(result.errorCount == 0)
    for kind in EntityKind.allCases {
      for id in dataset.ids(of: kind) {
        #expect(
          Self.site?.entityRoutes[EntityReference(kind: kind, id: id)] != nil, "\(kind)/\(id) has no page")
      }
    }
    for kind in [EntityKind.layer, .serviceClass, .service, .control] {
      for id in dataset.ids(of: kind) {
        let page = Self.site?.pages.first { $0.entity == EntityReference(kind: kind, id: id) }
        #expect(page?.origin == .authored, "\(kind)/\(id) has no page of prose")
      }
    }
    let pages = Dictionary(
      uniqueKeysWithValues: rendered.files.filter { $0.path.hasSuffix(".html") }.map {
        ($0.path, String(decoding: $0.bytes, as: UTF8.self))
      })
    var depth = ["index.html": 0]
    var frontier = ["index.html"]
    while let path = frontier.first {
      frontier.removeFirst()
      guard let html = pages[path], depth[path]! < 3 else { continue }
      for href in LinkAudit.hrefs(in: html) where !href.contains(":") {
        let target = href.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
        guard !target.isEmpty, let resolved = SitePath.resolve(target, from: SitePath.directory(of: path)),
          pages[resolved] != nil, depth[resolved] == nil
        else { continue }
        depth[resolved] = depth[path]! + 1
        frontier.append(resolved)
      }
    }
    let unreachable = Set(pages.keys).subtracting(depth.keys).subtracting(["404.html"]).sorted()
    #expect(unreachable.isEmpty, "not within three clicks of the home page: \(unreachable)")
  }

  @Test func everyLinkMatrixCellAndFootnoteInTheHandbookResolves() throws {
    let (_, rendered) = try ShippedSiteTests.checked.get()
    let audit = LinkAudit.broken(in: LinkAudit.pages(of: rendered))
    #expect(audit.broken == [])
    #expect(audit.followed > 4_000)
  }

  /// The handbook's prose shares no run of 12 words with the source articles. Runs where the
  /// articles are beside the repository (as in CI and on developers' machines).
  @Test(
    .enabled(
      if: FileManager.default.fileExists(
        atPath: ShippedSiteTests.repository.appendingPathComponent("../shared/seeds").path)))
  func noSentenceIsCopiedFromTheSources() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", ShippedSiteTests.repository.appendingPathComponent("scripts/check-originality").path,
    ]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(text)")
    #expect(text.contains(": 0 shared"))
  }
}
