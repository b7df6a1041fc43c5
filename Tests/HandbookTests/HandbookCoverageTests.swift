import Dataset
import Foundation
import SiteBuild
import TestSupport
import Testing

/// The shipped handbook covers the whole model: a regression in the dataset or the pages fails CI.
@Suite struct HandbookCoverageTests {
  static let site: ResolvedSite = LinkResolver.resolve(
    SiteLoader.load(SourceScanner.scan(siteRoot: ShippedSite.repository)))

  var dataset: Dataset { Self.site.dataset }

  /// The services AWS uses as its own examples, and the ones engineers ask about.
  static let services: Set = [
    "ec2", "vpc", "rds", "s3", "dynamodb", "sqs", "sns", "redshift", "kms", "lambda", "ecs", "eks", "fargate",
    "elastic-beanstalk", "emr", "ebs", "glacier", "cloudfront", "iam", "outposts",
  ]

  @Test func entityCounts() {
    #expect(
      dataset.layers.map(\.id.value) == [
        "users", "data", "applications", "operating-system", "network", "hypervisor", "infrastructure",
        "physical",
      ])
    #expect(dataset.classes.map(\.id.value) == ["on-premises", "infrastructure", "container", "abstract"])
    let services = Set(dataset.services.map(\.id.value))
    #expect(services.isSuperset(of: Self.services))
    #expect(services.count >= 18)
    let controls = Set(dataset.controls.map(\.id.value))
    #expect(controls.count >= 15)
    #expect(
      controls.isSuperset(of: [
        "physical-environmental", "patch-management", "configuration-management", "awareness-training",
        "server-side-encryption", "compliance-obligations", "service-communications-protection",
        "identity-access-management", "credential-hygiene", "firewall-configuration",
        "client-side-encryption",
        "logging-monitoring", "backup", "resource-policies", "network-traffic-protection",
        "service-security-configuration", "key-management",
      ]))
    #expect(
      Set(dataset.tools.map(\.id.value)).isSuperset(of: [
        "iam", "cloudtrail", "guardduty", "shield", "waf", "artifact",
      ]))
    #expect(
      Set(dataset.sources.map(\.id.value)).isSuperset(of: [
        "seed-000", "seed-001", "seed-002", "seed-003", "seed-004", "aws-srm", "aws-whitepaper",
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
    for number in 1...12 where number != 5 {
      #expect(ids.contains { $0.hasPrefix("d\(number)-") }, "dispute D\(number) is not recorded")
    }
    // D5 was AWS's one model (AWS configures the network, the customer the firewall) read as two.
    #expect(!ids.contains { $0.hasPrefix("d5-") })
    for service in ["rds", "s3", "dynamodb"] {
      #expect(
        dataset.service(service)?.confidence == .disputed, "\(service)'s class is disputed in the sources")
    }
    let network = dataset.cell(class: "container", target: .layer("network"))
    #expect(network?.owner.value == .provider && network?.claims == [] && network?.exception == nil)
  }

  @Test func everyEntityHasAPageAndEveryPageIsWithinThreeClicksOfHome() throws {
    let (result, rendered) = try ShippedSite.checked.get()
    #expect(result.errorCount == 0)
    for kind in EntityKind.allCases {
      for id in dataset.ids(of: kind) {
        #expect(
          Self.site.entityRoutes[EntityReference(kind: kind, id: id)] != nil, "\(kind)/\(id) has no page")
      }
    }
    for kind in EntityKind.allCases where kind.expectsProsePage {
      for id in dataset.ids(of: kind) {
        let page = Self.site.pages.first { $0.entity == EntityReference(kind: kind, id: id) }
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
    let (_, rendered) = try ShippedSite.checked.get()
    let audit = LinkAudit.broken(in: LinkAudit.pages(of: rendered))
    #expect(audit.broken == [])
    #expect(audit.followed > 4_000)
  }

  /// The handbook's prose shares no run of 12 words with the source articles. Runs where the
  /// articles are beside the repository (as in CI and on developers' machines).
  @Test(
    .enabled(
      if: FileManager.default.fileExists(
        atPath: ShippedSite.repository.appendingPathComponent("../shared/seeds").path)))
  func noSentenceIsCopiedFromTheSources() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", ShippedSite.repository.appendingPathComponent("scripts/check-originality").path,
    ]
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(text)")
    #expect(text.contains(": 0 shared"))
  }

  // MARK: Handbook v2: AWS's word first

  @Test func everyControlHasANISTMapping() {
    #expect(dataset.controls.count >= 17)
    for control in dataset.controls {
      #expect(!NISTMapping.ids(control).isEmpty, "\(control.id.value) has no NIST SP 800-53 mapping")
    }
  }

  @Test func awsPagesAreCitedWhereTheySpeak() {
    let primary = Set(dataset.sources.filter { $0.kind == .primary }.map(\.id.value))
    #expect(primary.count >= 20)
    for source in dataset.sources where source.kind == .primary {
      #expect(source.url != nil && source.publisher != nil && source.retrieved != nil, "\(source.id.value)")
    }
    // AWS's page speaks for the anchor layers and the three control types in every cloud class.
    for serviceClass in dataset.classes where serviceClass.kind == .cloud {
      for target: CellTarget in [
        .layer("physical"), .layer("infrastructure"), .layer("hypervisor"), .layer("users"), .layer("data"),
        .control("physical-environmental"), .control("patch-management"), .control("awareness-training"),
      ] {
        let citations = dataset.cell(class: serviceClass.id.value, target: target)?.citations ?? []
        #expect(citations.contains { $0.sourceID == "aws-srm" }, "\(serviceClass.id.value) × \(target)")
      }
    }
    // Each service's class rests on AWS where AWS names it.
    for id in ["ec2", "s3", "dynamodb", "rds", "elastic-beanstalk", "emr", "ebs"] {
      let service = dataset.service(id)
      let cited = (service?.citations ?? []) + (service?.classClaims.flatMap(\.citations) ?? [])
      #expect(cited.contains { primary.contains($0.sourceID) }, "\(id)'s class cites no AWS page")
    }
  }

  @Test func theFixedFactsStayFixed() throws {
    // Encryption at rest is the default in S3, DynamoDB and new SQS queues, and a choice in EBS, RDS, Redshift.
    let abstractEncryption = try #require(
      dataset.cell(class: "abstract", target: .control("server-side-encryption")))
    #expect(abstractEncryption.providerNote?.value.contains("by default") == true)
    #expect(abstractEncryption.citations.contains { $0.sourceID == "aws-s3-encryption" })
    let sqs = try #require(dataset.service("sqs"))
    #expect(
      dataset.effectiveCell(service: sqs, target: .control("server-side-encryption"))?.origin == .service)
    // No cell is disputed on the strength of a line that does not say so (seed-003 L69).
    #expect(dataset.cell(class: "abstract", target: .layer("operating-system"))?.confidence == .stated)
    // RDS: the customer sets the maintenance window and plans major upgrades.
    let rds = try #require(dataset.service("rds"))
    let patching = dataset.effectiveCell(service: rds, target: .control("patch-management"))?.cell
    #expect(patching?.customerNote?.value.contains("maintenance window") == true)
    #expect(!rds.classClaims.flatMap(\.citations).contains { $0.text == "seed-004#L29" })
    // No class default that makes no sense for the service: VPC has no guest OS, KMS no backups.
    let vpc = try #require(dataset.service("vpc"))
    #expect(
      dataset.effectiveCell(service: vpc, target: .layer("operating-system"))?.cell.owner.value == .provider)
    let kms = try #require(dataset.service("kms"))
    #expect(
      dataset.effectiveCell(service: kms, target: .control("backup"))?.cell.owner.value == .notApplicable)
    #expect(dataset.effectiveCell(service: kms, target: .control("key-management"))?.origin == .service)
    // "Abstracted" heads the column; SaaS stays an alias.
    #expect(dataset.serviceClass("abstract")?.model == "Abstracted")
    // The network under abstracted services names the customer's part; logging names the 90 days.
    #expect(dataset.cell(class: "abstract", target: .layer("network"))?.customerNote != nil)
    #expect(dataset.control("logging-monitoring")?.providerNote?.value.contains("90 days") == true)
    // Outposts: the bottom of the stack is not wholly AWS's.
    let outposts = try #require(dataset.service("outposts"))
    #expect(dataset.effectiveCell(service: outposts, target: .layer("physical"))?.cell.owner.value == .shared)
  }

  @Test func everyServicePageHasItsChecklistAndThereIsAnAuditView() throws {
    let (_, rendered) = try ShippedSite.checked.get()
    let pages = Dictionary(
      uniqueKeysWithValues: rendered.files.filter { $0.path.hasSuffix(".html") }.map {
        ($0.path, String(decoding: $0.bytes, as: UTF8.self))
      })
    for id in Self.services {
      let html = try #require(pages["services/\(id).html"], "services/\(id).html")
      #expect(html.contains("id=\"what-you-must-do\""), "\(id) has no checklist")
      #expect(html.components(separatedBy: "<li class=\"owner-").count > 4, "\(id)'s checklist is thin")
    }
    let compliance = try #require(pages["guides/compliance.html"])
    for term in [
      "AWS Artifact", "SOC 1", "ISO/IEC 27001", "27018", "PCI DSS", "Services in Scope", "FedRAMP",
      "customer responsibility matrix", "CAIQ", "Cloud Controls Matrix", "Cloud Audit Academy",
      "NIST SP 800-53",
      "SI-2",
    ] {
      #expect(compliance.contains(term), "the compliance page lacks \(term)")
    }
    let source = try #require(pages["sources/aws-s3-encryption.html"])
    for label in ["Publisher", "Title", "Kind", "Reliability", "Address", "Retrieved"] {
      #expect(source.contains("<dt>\(label)</dt>"), "source pages lack \(label)")
    }
    #expect(source.contains("https://docs.aws.amazon.com/AmazonS3/"))
  }
}
