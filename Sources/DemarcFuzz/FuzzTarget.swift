import SiteBuild

/// The whole-site fuzz target: arbitrary bytes through the pipeline in memory (front matter,
/// Markdown, dataset loading and validation, directives, link resolution and rendering).
///
/// The first byte picks what the rest replaces in a small valid site: a page, one of the dataset
/// files, or the body of a directive. Nothing touches the disk. Any crash, hang or sanitizer report
/// is a bug; diagnostics are the expected outcome. It is thorough and slow (a whole site per
/// input); ``ComponentTargets`` holds the fast ones.
enum FuzzTarget {
  static func run(_ bytes: [UInt8]) {
    guard let selector = bytes.first else { return }
    let payload = Array(bytes.dropFirst())
    var pages = [SourceFile(path: "Content/index.md", bytes: Array(Self.home.utf8))]
    var data = Self.dataset.map { SourceFile(path: "Content/data/\($0.key)", bytes: Array($0.value.utf8)) }
      .sorted { $0.path < $1.path }
    switch selector % 3 {
    case 0:
      pages.append(SourceFile(path: "Content/fuzz.md", bytes: payload))
    case 1:
      let index = Int(selector / 3) % data.count
      data[index].bytes = payload
    default:
      let kinds = DirectiveKind.allCases.map(\.rawValue)
      let kind = kinds[Int(selector / 3) % kinds.count]
      pages.append(
        SourceFile(
          path: "Content/fuzz.md",
          bytes: Array("---\ntitle: F\n---\n```demarc \(kind)\n".utf8) + payload + Array("\n```\n".utf8)))
    }
    let sources = SourceSet(
      pages: pages, data: data,
      templates: [
        SourceFile(
          path: "Theme/templates/layout.mustache",
          bytes: Array("<title>{{page.title}}</title>{{{content}}}".utf8)),
        SourceFile(
          path: "Theme/templates/page.mustache",
          bytes: Array("{{{page.bodyHTML}}}{{#entity}}{{name}}{{/entity}}".utf8)),
      ])
    let (_, rendered) = BuildPipeline.check(sources)
    precondition(!rendered.files.isEmpty)
  }

  static let home = """
    ---
    title: Home
    ---
    # Home

    [VM](service:vm), [network](layer:network#class-iaas), [patching](control:patching).

    ```demarc matrix
    rows: all
    ```
    """

  static let dataset: [String: String] = [
    "model.yaml": """
    schema_version: 1
    providers: [{id: acme, name: Acme, short: Acme}]
    layers:
      - {id: users, name: Users, order: 1, side: in, sources: [book#L1]}
      - {id: network, name: Network, order: 2, side: boundary, sources: [book#L2]}
      - {id: physical, name: Physical, order: 3, side: of, sources: [book#L3]}
    classes:
      - {id: on-premises, name: On-premises, order: 0, kind: baseline, sources: [book]}
      - {id: iaas, name: Infrastructure, model: IaaS, order: 1, kind: cloud, sources: [book]}
      - {id: saas, name: Abstract, model: SaaS, order: 2, kind: cloud, sources: [book]}
    """,
    "sources.yaml":
      "sources:\n  - {id: book, title: Book, kind: primary, retrieved: 2026-01-01, lines: 40}\n",
    "controls.yaml":
      "controls:\n  - {id: patching, name: Patching, type: shared, layers: [network], sources: [book]}\n",
    "classes/on-premises.yaml": """
    class: on-premises
    layers:
      users: {owner: customer, customer: All., sources: [book]}
      network: {owner: customer, customer: All., sources: [book]}
      physical: {owner: customer, customer: All., sources: [book]}
    controls:
      patching: {owner: customer, customer: All., sources: [book]}
    """,
    "classes/iaas.yaml": """
    class: iaas
    layers:
      users: {owner: customer, customer: Accounts., sources: [book#L10]}
      network: {owner: shared, provider: Cables., customer: Rules., confidence: disputed, claims: [{owner: provider, sources: [book#L30]}], sources: [book#L11]}
      physical: {owner: provider, provider: Buildings., sources: [book#L12]}
    controls:
      patching: {owner: shared, provider: Hosts., customer: Guests., sources: [book#L13]}
    """,
    "classes/saas.yaml": """
    class: saas
    layers:
      users: {owner: customer, customer: Accounts., sources: [book#L15]}
      network: {owner: provider, provider: Traffic., sources: [book#L16]}
      physical: {owner: provider, provider: Buildings., sources: [book#L17]}
    controls:
      patching: {owner: provider, provider: All., sources: [book#L18]}
    """,
    "services/vm.yaml": "id: vm\nname: VMs\nprovider: acme\nclass: iaas\nsources: [book]\n",
    "disputes.yaml": """
    disputes:
      - id: net
        title: Network
        kind: disagreement
        positions: [{claim: A., sources: [book]}, {claim: B., sources: [book#L2]}]
        affects: [layer/network]
    """,
  ]
}
