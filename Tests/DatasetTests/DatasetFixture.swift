import Dataset
import Diagnostics

/// A small, valid dataset as YAML text, which each test breaks in one place.
struct DatasetFixture {
  static let directory = "Content/data"

  var files: [String: String] = [
    "model.yaml": """
    schema_version: 1
    providers:
      - id: acme
        name: Acme Cloud
        short: Acme
    layers:
      - id: users
        name: Users
        order: 1
        side: in
        sources: [book#L1]
      - id: network
        name: Network
        order: 2
        side: boundary
        sources: [book#L2]
      - id: physical
        name: Physical
        order: 3
        side: of
        sources: [book#L3]
    classes:
      - id: on-premises
        name: On-premises
        order: 0
        kind: baseline
        sources: [book]
      - id: iaas
        name: Infrastructure
        order: 1
        kind: cloud
        sources: [book#L4]
      - id: saas
        name: Abstract
        order: 2
        kind: cloud
        sources: [book#L5]

    """,
    "sources.yaml": """
    sources:
      - id: book
        title: The Book
        kind: primary
        retrieved: 2026-01-01
        reliability: high
        lines: 40
      - id: blog
        title: A Blog
        kind: secondary
        retrieved: 2026-01-02
        reliability: low

    """,
    "controls.yaml": """
    controls:
      - id: physical-security
        name: Physical security
        type: inherited
        layers: [physical]
        sources: [book#L6]
      - id: patching
        name: Patching
        type: shared
        layers: [network]
        sources: [book#L7]

    """,
    "classes/on-premises.yaml": """
    class: on-premises
    layers:
      users: {owner: customer, customer: All., sources: [book]}
      network: {owner: customer, customer: All., sources: [book]}
      physical: {owner: customer, customer: All., sources: [book]}
    controls:
      physical-security: {owner: customer, customer: All., sources: [book]}
      patching: {owner: customer, customer: All., sources: [book]}

    """,
    "classes/iaas.yaml": """
    class: iaas
    layers:
      users: {owner: customer, customer: Accounts., sources: [book#L10]}
      network: {owner: shared, provider: Cables., customer: Firewalls., sources: [book#L11]}
      physical: {owner: provider, provider: Buildings., sources: [book#L12]}
    controls:
      physical-security: {owner: provider, provider: Guards., sources: [book#L13]}
      patching: {owner: shared, provider: Hosts., customer: Guests., sources: [book#L14]}

    """,
    "classes/saas.yaml": """
    class: saas
    layers:
      users: {owner: customer, customer: Accounts., sources: [book#L15]}
      network: {owner: provider, provider: Traffic., sources: [book#L16]}
      physical: {owner: provider, provider: Buildings., sources: [book#L17]}
    controls:
      physical-security: {owner: provider, provider: Guards., sources: [book#L18]}
      patching: {owner: provider, provider: Everything., sources: [book#L19]}

    """,
    "disputes.yaml": """
    disputes:
      - id: network-owner
        title: Who owns the network
        kind: disagreement
        positions:
          - claim: The provider.
            sources: [book#L16]
          - claim: Both parties.
            sources: [blog]
        affects: [layer/network, service/vm]

    """,
    "services/vm.yaml": """
    id: vm
    name: Virtual Machines
    provider: acme
    class: iaas
    sources: [book#L20]

    """,
  ]

  /// Loads and validates the files, returning every diagnostic in sorted order.
  func diagnostics() -> [Diagnostic] {
    let dataFiles = files.map { DataFile(path: "\(Self.directory)/\($0.key)", text: $0.value) }
    let (dataset, loadDiagnostics) = DatasetLoader.load(dataFiles, dataDirectory: Self.directory)
    var bag = DiagnosticBag()
    bag.append(contentsOf: loadDiagnostics)
    bag.append(contentsOf: DatasetValidator.validate(dataset))
    return bag.sorted
  }

  /// The fixture with one file replaced.
  func replacing(_ file: String, with text: String) -> DatasetFixture {
    var copy = self
    copy.files[file] = text
    return copy
  }

  /// The fixture with `old` replaced by `new` inside one file; the text must occur.
  func editing(_ file: String, _ old: String, _ new: String) -> DatasetFixture {
    precondition(files[file]?.contains(old) == true, "\(old) not in \(file)")
    return replacing(file, with: files[file]!.replacingOccurrences(of: old, with: new))
  }
}

extension Array where Element == Diagnostic {
  var codes: [DiagnosticCode] { map(\.code) }

  func with(_ code: DiagnosticCode) -> [Diagnostic] { filter { $0.code == code } }
}
