import Dataset

/// The dataset as OSCAL 1.1: a component definition with one component per service, and the
/// catalog of the dataset's own layers and controls that it points to.
///
/// - A control with NIST SP 800-53 mappings is implemented under those ids, against NIST's rev. 5
///   catalog; several controls mapped to one NIST id share its requirement, one statement set each.
///   Layers and unmapped controls are keyed by their dataset ids (`layer.network`,
///   `backup`) in ``catalog``.
/// - Ownership is `responsible-roles` (`provider`, `customer`) on each requirement and statement,
///   plus a `responsibility` prop in demarc's namespace. OSCAL 1.1's component definition has no
///   `provided`, `inherited` or `satisfied` assemblies (they exist only in an SSP's
///   `by-component`; usnistgov/OSCAL#1028), so each requirement has statements named for them:
///   `…provided` (what the provider does), `…inherited` (what the customer takes from it) and
///   `…satisfied` (what the customer must do itself).
/// - Every UUID is a version 5 UUID of a name built from the subject's ids, so it is stable.
public struct OSCALExport {
  public static let componentsFileName = "demarc-components.oscal.json"
  public static let catalogFileName = "demarc-catalog.oscal.json"
  public static let oscalVersion = "1.1.2"
  public static let namespace = "https://demarc.dev/ns/oscal"
  public static let nistCatalog =
    "https://raw.githubusercontent.com/usnistgov/oscal-content/main/nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json"

  public var dataset: Dataset
  /// The site's title, which names both documents.
  public var title: String
  /// The version of the content, written as the documents' `version`.
  public var version: String

  public init(dataset: Dataset, title: String, version: String) {
    self.dataset = dataset
    self.title = title
    self.version = version
  }

  // MARK: Component definition

  public var componentDefinition: JSONValue {
    .object([
      "component-definition": .object([
        "uuid": .string(uuid("component-definition")),
        "metadata": metadata(title: "\(title): shared responsibility by service"),
        "components": .array(dataset.services.map(component)),
        "back-matter": .object(["resources": .array([catalogResource] + dataset.sources.map(sourceResource))]
        ),
      ])
    ])
  }

  private func component(_ service: Service) -> JSONValue {
    let duties = dataset.customerDuties(of: service)
    let nist = duties.filter { !nistIDs($0.target).isEmpty }
    let own = duties.filter { nistIDs($0.target).isEmpty }
    var implementations: [JSONValue] = []
    if !nist.isEmpty {
      let byNIST = Dictionary(
        grouping: nist.flatMap { duty in nistIDs(duty.target).map { ($0, duty) } }, by: \.0)
      implementations.append(
        .object([
          "uuid": .string(uuid("service/\(service.id.value)/nist")), "source": .string(Self.nistCatalog),
          "description": .string("\(service.name.value): responsibility for NIST SP 800-53 rev. 5 controls."),
          "implemented-requirements": .array(
            byNIST.keys.sorted(by: nistOrder).map { id in
              requirement(
                service, controlID: id, duties: byNIST[id]!.map(\.1), statementPrefix: { "\(id)_smt.\($0)." })
            }),
        ]))
    }
    if !own.isEmpty {
      implementations.append(
        .object([
          "uuid": .string(uuid("service/\(service.id.value)/own")),
          "source": .string("#" + uuid("resource/catalog")),
          "description": .string(
            "\(service.name.value): responsibility for each layer and for the controls with no NIST mapping."),
          "implemented-requirements": .array(
            own.map { duty in
              let id = catalogID(duty.target)
              return requirement(
                service, controlID: id, duties: [duty], statementPrefix: { _ in "\(id)_smt." })
            }),
        ]))
    }
    var props: [JSONValue] = [prop("service-class", service.classID.value)]
    if service.confidence != .stated { props.append(prop("class-confidence", service.confidence.rawValue)) }
    return .object([
      "uuid": .string(uuid("service/\(service.id.value)")), "type": "service",
      "title": .string(service.name.value),
      "description": .string(service.summary?.value ?? service.longName ?? service.name.value),
      "props": .array(props),
      "responsible-roles": .array([
        .object(["role-id": "provider", "party-uuids": .array([.string(uuid("party/provider"))])])
      ]),
      "control-implementations": .array(implementations),
    ])
  }

  /// One implemented requirement: the duties of one or more dataset targets under one control id.
  private func requirement(
    _ service: Service, controlID: String, duties: [CustomerDuty], statementPrefix: (String) -> String
  ) -> JSONValue {
    let provider = dataset.providers.first?.short ?? "The provider"
    var statements: [JSONValue] = []
    var roles: Set<String> = []
    var narrative: [String] = []
    var props: [JSONValue] = []
    for duty in duties {
      let name = dataset.name(of: duty.target.reference) ?? duty.target.id
      let base = "service/\(service.id.value)/\(controlID)/\(duty.target.id)"
      props.append(prop("responsibility", duty.owner.rawValue, class: catalogID(duty.target)))
      narrative.append(
        "\(name): \(duty.owner.rawValue)."
          + (duty.inherited.map { " \(provider): \($0)" } ?? "")
          + (duty.duty.map { " Customer: \($0)" } ?? "")
          + (duty.cell.cell.reason.map { " Not applicable: \($0.value)" } ?? ""))
      func statement(_ kind: String, role: String, _ text: String) {
        roles.insert(role)
        statements.append(
          .object([
            "statement-id": .string(statementPrefix(duty.target.id) + kind),
            "uuid": .string(uuid(base + "/" + kind)),
            "description": .string(text), "props": .array([prop("responsibility-statement", kind)]),
            "responsible-roles": .array([.object(["role-id": .string(role)])]),
          ]))
      }
      if let inherited = duty.inherited {
        statement("provided", role: "provider", inherited)
        statement("inherited", role: "customer", "The customer inherits this from \(provider): \(inherited)")
      }
      if let work = duty.duty { statement("satisfied", role: "customer", work) }
      if duty.owner == .provider, duty.inherited == nil { roles.insert("provider") }
      if duty.owner == .customer, duty.duty == nil { roles.insert("customer") }
    }
    let citations = Set(duties.flatMap { $0.cell.cell.citations.map(\.sourceID) }).sorted()
    return .object([
      "uuid": .string(uuid("service/\(service.id.value)/\(controlID)")), "control-id": .string(controlID),
      "description": .string(narrative.joined(separator: " ")), "props": .array(props),
      "links": citations.isEmpty
        ? nil
        : .array(
          citations.map {
            .object(["href": .string("#" + uuid("resource/source/\($0)")), "rel": "reference"])
          }),
      "responsible-roles": roles.isEmpty
        ? nil : .array(roles.sorted().reversed().map { .object(["role-id": .string($0)]) }),
      "statements": statements.isEmpty ? nil : .array(statements),
    ])
  }

  // MARK: Catalog

  /// The dataset's layers and controls as an OSCAL catalog: the `source` of every requirement not
  /// keyed by NIST. Each carries its NIST mappings as props.
  public var catalog: JSONValue {
    .object([
      "catalog": .object([
        "uuid": .string(uuid("catalog")), "metadata": metadata(title: "\(title): layers and controls"),
        "groups": .array([
          .object([
            "id": "layers", "title": "Layers of the stack",
            "controls": .array(
              dataset.layers.map {
                catalogControl(.layer($0.id.value), title: $0.name.value, summary: $0.summary?.value)
              }),
          ]),
          .object([
            "id": "controls", "title": "Controls",
            "controls": .array(
              dataset.controls.map {
                catalogControl(
                  .control($0.id.value), title: $0.name.value, summary: $0.summary?.value,
                  mappings: $0.mappings)
              }),
          ]),
        ]),
      ])
    ])
  }

  private func catalogControl(
    _ target: CellTarget, title: String, summary: String?, mappings: [String: [String]] = [:]
  ) -> JSONValue {
    let id = catalogID(target)
    let props = mappings.sorted { $0.key < $1.key }.flatMap { scheme, ids in ids.map { prop(scheme, $0) } }
    return .object([
      "id": .string(id), "title": .string(title), "props": props.isEmpty ? nil : .array(props),
      "parts": .array([
        .object(["id": .string(id + "_smt"), "name": "statement", "prose": .string(summary ?? title)])
      ]),
    ])
  }

  // MARK: Shared pieces

  private func metadata(title: String) -> JSONValue {
    .object([
      "title": .string(title), "last-modified": .string(lastModified), "version": .string(version),
      "oscal-version": .string(Self.oscalVersion),
      "roles": [
        .object(["id": "provider", "title": "Cloud service provider"]),
        .object(["id": "customer", "title": "Cloud service customer"]),
      ],
      "parties": .array([
        .object([
          "uuid": .string(uuid("party/provider")), "type": "organization",
          "name": .string(dataset.providers.first?.name ?? "Provider"),
          "links": dataset.providers.first?.url.map {
            .array([.object(["href": .string($0), "rel": "homepage"])])
          },
        ])
      ]),
    ])
  }

  private var catalogResource: JSONValue {
    .object([
      "uuid": .string(uuid("resource/catalog")), "title": .string("\(title): layers and controls"),
      "rlinks": .array([
        .object(["href": .string(Self.catalogFileName), "media-type": "application/oscal.catalog+json"])
      ]),
    ])
  }

  private func sourceResource(_ source: Source) -> JSONValue {
    .object([
      "uuid": .string(uuid("resource/source/\(source.id.value)")), "title": .string(source.title.value),
      "props": source.kind.map { .array([prop("source-kind", $0.rawValue)]) },
      "citation": .object(["text": .string(source.id.value)]),
      "rlinks": source.url.map { .array([.object(["href": .string($0)])]) },
    ])
  }

  /// The newest retrieval date among the sources, so that the same dataset gives the same file.
  private var lastModified: String {
    let dates = dataset.sources.compactMap(\.retrieved?.value).filter { $0.utf8.count == 10 }
    return (dates.max() ?? "1970-01-01") + "T00:00:00Z"
  }

  private func nistIDs(_ target: CellTarget) -> [String] {
    guard case .control(let id) = target else { return [] }
    return dataset.control(id).map(NISTMapping.tokens) ?? []
  }

  /// NIST ids in catalog order: family, then number (`ac-2` before `ac-10`).
  private func nistOrder(_ a: String, _ b: String) -> Bool {
    func key(_ id: String) -> (String, Int, String) {
      let parts = id.split(separator: "-", maxSplits: 1).map(String.init)
      return (parts[0], parts.count > 1 ? Int(parts[1].prefix { $0.isNumber }) ?? 0 : 0, id)
    }
    return key(a) < key(b)
  }

  private func catalogID(_ target: CellTarget) -> String {
    switch target {
    case .layer(let id): "layer." + id
    case .control(let id): id
    }
  }

  private func uuid(_ name: String) -> String { NameBasedUUID.uuid(Self.namespace + "/" + name) }

  private func prop(_ name: String, _ value: String, class className: String? = nil) -> JSONValue {
    .object([
      "name": .string(name), "ns": .string(Self.namespace), "value": .string(value),
      "class": className.map(JSONValue.string),
    ])
  }
}
