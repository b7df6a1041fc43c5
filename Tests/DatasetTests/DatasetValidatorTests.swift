import Dataset
import Diagnostics
import Testing

/// One test per dataset rule (I1-I16, I19, I20; I17 needs pages and lives in the site tests).
@Suite struct DatasetValidatorTests {
  let base = DatasetFixture()

  @Test func theBaseFixtureIsClean() {
    #expect(base.diagnostics().isEmpty)
  }

  @Test func i1ClosedSchema() {
    let found = base.editing("services/vm.yaml", "class: iaas", "class: iaas\ncolour: blue").diagnostics()
    #expect(
      found.with(.unknownKey).map(\.description) == [
        "Content/data/services/vm.yaml:5:1: error: unknown key 'colour' in a service [unknown-key]"
      ])
    let wrongType = base.editing(
      "model.yaml", "order: 2\n    side: boundary", "order: two\n    side: boundary"
    )
    .diagnostics()
    #expect(wrongType.with(.typeMismatch).first?.location?.line == 14)
    let badEnum = base.editing("classes/iaas.yaml", "owner: shared", "owner: everyone").diagnostics()
    #expect(
      badEnum.with(.invalidValue).first?.message.contains("provider, customer, shared, not-applicable")
        == true)
    let version = base.editing("model.yaml", "schema_version: 1", "schema_version: 9").diagnostics()
    #expect(version.codes == [.unsupportedSchemaVersion])
  }

  @Test func i2UniqueIDsNamesAndKeys() {
    let badID = base.editing("services/vm.yaml", "id: vm", "id: Virtual_Machines").diagnostics()
    #expect(badID.codes.contains(.invalidID))
    let duplicate = base.replacing(
      "services/vm2.yaml",
      with: "id: vm\nname: virtual machines\nprovider: acme\nclass: iaas\nsources: [book]\n"
    )
    .diagnostics()
    #expect(duplicate.with(.duplicateID).map(\.location?.file) == ["Content/data/services/vm2.yaml"])
    #expect(duplicate.codes.contains(.duplicateName))
    let duplicateKey = base.editing("services/vm.yaml", "class: iaas", "class: iaas\nclass: saas")
      .diagnostics()
    #expect(
      duplicateKey.with(.duplicateKey).map(\.description) == [
        "Content/data/services/vm.yaml:4:1: error: duplicate key 'class' in one mapping [duplicate-key]"
      ])
  }

  @Test func i3ReferencesResolveWithSuggestions() {
    let found = base.editing("services/vm.yaml", "class: iaas", "class: iaaz").editing(
      "services/vm.yaml", "book#L20", "bok#L20"
    ).diagnostics()
    #expect(
      found.with(.unknownReference).map(\.message) == [
        "no class has the id 'iaaz'; did you mean 'iaas'?",
        "no source has the id 'bok'; did you mean 'book'?",
      ])
  }

  @Test func i4EveryClassCoversEveryLayerAndControl() {
    let found = base.editing(
      "classes/saas.yaml", "  patching: {owner: provider, provider: Everything., sources: [book#L19]}\n", ""
    )
    .diagnostics()
    #expect(
      found.map(\.description) == [
        "Content/data/classes/saas.yaml:1:8: error: class 'saas' has no cell for control 'patching' [incomplete-class]"
      ])
  }

  @Test func i5ServiceClassAgreesWithClaims() {
    let claims = "class_claims:\n  - class: iaas\n    sources: [book]\n  - class: saas\n    sources: [blog]\n"
    let undisputed = base.editing("services/vm.yaml", "sources: [book#L20]", claims).diagnostics()
    #expect(undisputed.with(.serviceClass).count == 1)
    let disputed = base.editing("services/vm.yaml", "sources: [book#L20]", claims + "confidence: disputed\n")
      .diagnostics()
    #expect(disputed.isEmpty)
    let notClaimed = base.editing(
      "services/vm.yaml", "sources: [book#L20]", "class_claims:\n  - class: saas\n    sources: [book]\n"
    )
    .diagnostics()
    #expect(notClaimed.with(.serviceClass).first?.message.contains("none of its class_claims") == true)
  }

  @Test func i6BaselineIsAllCustomer() {
    let found = base.editing(
      "classes/on-premises.yaml", "physical: {owner: customer, customer: All.",
      "physical: {owner: provider, provider: All."
    )
    .diagnostics()
    #expect(found.with(.baselineOwner).count == 2)
  }

  @Test func i7NotesMatchTheOwner() {
    let found = base.editing(
      "classes/iaas.yaml", "{owner: shared, provider: Cables., customer: Firewalls.,",
      "{owner: shared, provider: Cables.,"
    )
    .diagnostics()
    #expect(
      found.map(\.description) == [
        "Content/data/classes/iaas.yaml:4:3: error: layer 'network' is shared, so it needs both notes; add 'customer' [missing-note]"
      ])
  }

  @Test func i8CitationsPresentInRangeAndPluralWhenDisputed() {
    let missing = base.editing(
      "classes/iaas.yaml", "physical: {owner: provider, provider: Buildings., sources: [book#L12]}",
      "physical: {owner: provider, provider: Buildings.}"
    )
    .diagnostics()
    #expect(missing.codes == [.missingCitation])
    let range = base.editing("classes/iaas.yaml", "book#L12", "book#L12-41").diagnostics()
    #expect(range.map(\.message) == ["'book#L12-41' cites past the end of 'book', which has 40 lines"])
    let disputed = base.editing(
      "classes/saas.yaml", "network: {owner: provider, provider: Traffic., sources: [book#L16]}",
      "network: {owner: provider, provider: Traffic., confidence: disputed, claims: [{owner: shared, sources: [book#L30]}], sources: [book#L16]}"
    ).diagnostics()
    #expect(disputed.codes == [.disputedSources])
    let malformed = base.editing("classes/iaas.yaml", "book#L12", "book#L12-").diagnostics()
    #expect(malformed.with(.invalidValue).count == 1)
  }

  @Test func i9ControlTypesMatchOwners() {
    let found = base.editing(
      "classes/saas.yaml", "physical-security: {owner: provider, provider: Guards.",
      "physical-security: {owner: customer, customer: Guards."
    )
    .diagnostics()
    #expect(found.with(.controlType).map(\.severity) == [.error])
    let sharedNowhere = base.editing(
      "classes/iaas.yaml", "patching: {owner: shared, provider: Hosts., customer: Guests.",
      "patching: {owner: provider, provider: Hosts."
    )
    .diagnostics()
    #expect(sharedNowhere.with(.controlType).map(\.severity) == [.warning])
  }

  @Test func i10CustomerShareNeverGrowsWithTheClass() {
    let found = base.editing(
      "classes/saas.yaml", "network: {owner: provider, provider: Traffic.",
      "network: {owner: customer, customer: Traffic."
    )
    .diagnostics()
    #expect(found.with(.monotonicClassOrder).map(\.severity) == [.error])
    let service = base.replacing(
      "services/bucket.yaml",
      with:
        "id: bucket\nname: Buckets\nprovider: acme\nclass: saas\nsources: [book]\noverrides:\n  layers:\n    network: {owner: customer, customer: Rules., sources: [book#L30]}\n"
    ).diagnostics()
    #expect(service.with(.monotonicClassOrder).map(\.severity) == [.warning])
  }

  @Test func i11HardwareLineWarnsAndExceptionsSilenceIt() {
    // Users may now move; in saas the provider takes users while the network below stays shared.
    let line = base.editing("model.yaml", "side: in", "side: boundary")
      .editing(
        "classes/saas.yaml", "users: {owner: customer, customer: Accounts.",
        "users: {owner: provider, provider: Accounts."
      )
      .editing(
        "classes/saas.yaml", "network: {owner: provider, provider: Traffic.",
        "network: {owner: shared, provider: Traffic., customer: Rules.")
    #expect(
      line.diagnostics().map(\.description) == [
        "Content/data/classes/saas.yaml:4:20: warning: in class 'saas', the customer's share of 'network' (shared) exceeds that of 'users' above it (provider); the hardware line is not single [hardware-line]"
      ])
    let excused = line.editing(
      "classes/saas.yaml", "sources: [book#L16]}",
      "sources: [book#L16], exception: {rule: hardware-line, reason: Rules stay with the customer.}}")
    #expect(excused.diagnostics().isEmpty)
    let stale = base.editing(
      "classes/iaas.yaml", "users: {owner: customer, customer: Accounts., sources: [book#L10]}",
      "users: {owner: customer, customer: Accounts., sources: [book#L10], exception: {rule: hardware-line, reason: Nothing to excuse.}}"
    )
    #expect(stale.diagnostics().codes == [.unusedException])
    let unknownRule = base.editing(
      "classes/iaas.yaml", "users: {owner: customer, customer: Accounts., sources: [book#L10]}",
      "users: {owner: customer, customer: Accounts., sources: [book#L10], exception: {rule: hardware-lines, reason: Typo.}}"
    )
    #expect(
      unknownRule.diagnostics().with(.invalidValue).first?.message.contains("did you mean 'hardware-line'")
        == true)
  }

  @Test func i12AnchorsOfAndInTheCloud() {
    let found = base.editing(
      "classes/iaas.yaml", "physical: {owner: provider, provider: Buildings.",
      "physical: {owner: shared, provider: Buildings., customer: Locks."
    )
    .diagnostics()
    #expect(found.with(.anchorFact).map(\.location?.line) == [5])
  }

  @Test func i13ClassOrders() {
    let found = base.editing("model.yaml", "order: 2\n    kind: cloud", "order: 1\n    kind: cloud")
      .diagnostics()
    #expect(found.with(.classOrder).count == 1)
    let baseline = base.editing("model.yaml", "order: 0\n    kind: baseline", "order: 9\n    kind: baseline")
      .diagnostics()
    #expect(baseline.with(.classOrder).first?.message.contains("lowest order") == true)
  }

  @Test func i14RedundantOverridesWarn() {
    let found = base.editing(
      "services/vm.yaml", "sources: [book#L20]",
      "sources: [book#L20]\noverrides:\n  layers:\n    physical: {owner: provider, provider: Buildings., sources: [book#L12]}\n"
    )
    .diagnostics()
    #expect(found.map(\.code) == [.redundantOverride])
  }

  @Test func i15NotApplicableOnlyOnControlsWithAReason() {
    let layer = base.editing(
      "classes/saas.yaml", "network: {owner: provider, provider: Traffic.,",
      "network: {owner: not-applicable, reason: No network.,"
    )
    .diagnostics()
    #expect(layer.with(.notApplicable).count == 1)
    let noReason = base.editing(
      "classes/saas.yaml", "patching: {owner: provider, provider: Everything.,",
      "patching: {owner: not-applicable,"
    )
    .diagnostics()
    #expect(
      noReason.with(.notApplicable).map(\.message) == ["control 'patching' is not-applicable; add a 'reason'"]
    )
    let fine = base.editing(
      "classes/saas.yaml", "patching: {owner: provider, provider: Everything.,",
      "patching: {owner: not-applicable, reason: Nothing to patch.,"
    )
    .diagnostics()
    #expect(fine.isEmpty)
  }

  @Test func i16DisputesAreDeclaredAndCitationsConsistent() {
    let undisclosed = base.editing(
      "classes/saas.yaml", "network: {owner: provider, provider: Traffic., sources: [book#L16]}",
      "network: {owner: provider, provider: Traffic., claims: [{owner: shared, sources: [blog]}], sources: [book#L16]}"
    )
    .diagnostics()
    #expect(undisclosed.codes == [.undisclosedDispute])
    let conflicting = base.editing(
      "classes/saas.yaml", "network: {owner: provider, provider: Traffic., sources: [book#L16]}",
      "network: {owner: provider, provider: Traffic., confidence: disputed, claims: [{owner: shared, sources: [book#L16, blog]}], sources: [book#L16]}"
    )
    .diagnostics()
    #expect(conflicting.codes == [.conflictingCitation])
  }

  @Test func i19SourceHygiene() {
    let found = base.editing("sources.yaml", "    retrieved: 2026-01-01\n", "").editing(
      "services/vm.yaml", "book#L20", "blog"
    )
    .diagnostics()
    #expect(
      found.with(.sourceHygiene).map(\.message) == [
        "service 'vm' rests only on low-reliability sources; cite a better one",
        "source 'book' has no 'retrieved' date",
      ])
  }

  @Test func serviceExceptionsSilenceOneRuleForTheService() {
    let weak = base.editing("services/vm.yaml", "book#L20", "blog")
    let excused = weak.editing(
      "services/vm.yaml", "sources: [blog]",
      "sources: [blog]\nexception: {rule: source-hygiene, reason: Only the blog names it.}")
    #expect(weak.diagnostics().codes == [.sourceHygiene])
    #expect(excused.diagnostics().isEmpty)
    #expect(
      base.editing(
        "services/vm.yaml", "sources: [book#L20]",
        "sources: [book#L20]\nexception: {rule: source-hygiene, reason: Stale.}"
      )
      .diagnostics().codes == [.unusedException])
  }

  @Test func i20TextHygiene() {
    let long = String(repeating: "word ", count: 45)
    let found = base.editing("classes/iaas.yaml", "provider: Buildings.", "provider: \"Buildings.\\t\"")
      .editing("services/vm.yaml", "name: Virtual Machines", "name: Amazon Elastic Cloud Compute")
      .editing("classes/saas.yaml", "provider: Traffic.", "provider: \(long)x")
      .diagnostics()
    #expect(found.with(.textHygiene).count == 3)
  }

  @Test func disputesExplainEveryDisputedCellAndService() {
    let claims =
      "class_claims:\n  - class: iaas\n    sources: [book]\n  - class: saas\n    sources: [blog]\nconfidence: disputed\n"
    let disputed = base.editing("services/vm.yaml", "sources: [book#L20]", claims)
      .replacing("disputes.yaml", with: "disputes: []\n")
    #expect(
      disputed.diagnostics().map(\.description) == [
        "Content/data/services/vm.yaml:1:5: warning: service 'vm' is disputed; add a dispute whose affects names 'service/vm' [unregistered-dispute]"
      ])
    let register = """
      disputes:
        - id: vm-class
          title: The class of VMs
          kind: disagreement
          positions:
            - claim: Infrastructure.
              sources: [book]
            - claim: Abstract.
              sources: [blog]
          affects: [service/vm]

      """
    #expect(disputed.replacing("disputes.yaml", with: register).diagnostics().isEmpty)
    let oneSided = disputed.replacing(
      "disputes.yaml",
      with: register.replacingOccurrences(of: "      - claim: Abstract.\n        sources: [blog]\n", with: "")
    )
    #expect(oneSided.diagnostics().codes == [.disputedSources])
    let dangling = disputed.replacing(
      "disputes.yaml", with: register.replacingOccurrences(of: "service/vm]", with: "service/vn]"))
    #expect(dangling.diagnostics().codes == [.unknownReference, .unregisteredDispute])
  }

  @Test func citationSyntax() {
    let location = SourceLocation(file: "x")
    #expect(Citation.parse("seed-002#L124-133", at: location)?.locator == .lines(first: 124, last: 133))
    #expect(Citation.parse("aws#shared", at: location)?.locator == .fragment("shared"))
    #expect(Citation.parse("seed-002#L9-3", at: location) == nil)
    #expect(Citation.parse("Seed", at: location) == nil)
  }

  @Test func aliasBombsAreRefused() {
    var lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for level in 1...9 {
      lines.append(
        "\(Character(UnicodeScalar(97 + level)!)): &\(Character(UnicodeScalar(97 + level)!)) ["
          + Array(repeating: "*\(Character(UnicodeScalar(96 + level)!))", count: 10).joined(separator: ", ")
          + "]")
    }
    let found = base.replacing("tools.yaml", with: lines.joined(separator: "\n") + "\n").diagnostics()
    #expect(found.codes == [.yamlTooComplex])
  }
}
