/// The small site `demarc init` writes: a config and two pages that build and check clean, and with
/// `--dataset` a minimal responsibility model (one provider, two layers, two classes, one service,
/// one control, one source) with a page bound to each entity, for a team starting a model of its own.
///
/// The files are values here so a test can build them in memory; the CLI writes them, refusing to
/// replace anything.
public enum StarterSite {
  public static func files(withDataset: Bool) -> [(path: String, text: String)] {
    withDataset ? plain(withDataset: true) + dataset : plain(withDataset: false)
  }

  private static func plain(withDataset: Bool) -> [(path: String, text: String)] {
    [
      (
        "demarc.yaml",
        """
        # demarc site settings; every key is optional. See the README for the rest.
        title: My documentation
        description: What this site is for, in one sentence.
        language: en
        # base_url: https://docs.example.com/

        """
      ),
      (
        "Content/index.md",
        """
        # My documentation

        Welcome. This page is `Content/index.md`; every Markdown file under `Content/` becomes a page,
        and each folder gets an index.

        Start with the [guide](guide.md).\(withDataset ? " The responsibility model is on the [matrix page](model/matrix.md)." : "")

        """
      ),
      (
        "Content/guide.md",
        """
        ---
        description: How pages, links and headings work.
        order: 1
        ---
        # Guide

        ## Links

        Link to another page by its file, [like this](index.md), or to a heading on it, as in
        [the links section](#links). demarc checks every link when it builds.

        ## Building

        Run `demarc build` in the site folder, then open `Output/index.html`.

        """
      ),
    ]
  }

  private static let dataset: [(path: String, text: String)] = [
    (
      "Content/data/model.yaml",
      """
      schema_version: 1
      providers:
        - id: example-cloud
          name: Example Cloud
          short: Example
      layers:
        - id: data
          name: Data
          order: 10
          side: in
          summary: What the customer stores and processes.
          sources: [handbook#L1]
        - id: hardware
          name: Hardware
          order: 20
          side: of
          summary: The servers, disks and buildings underneath.
          sources: [handbook#L2]
      classes:
        - id: on-premises
          name: On-premises
          order: 0
          kind: baseline
          summary: Everything run by the customer, for comparison.
          sources: [handbook#L3]
        - id: managed
          name: Managed services
          model: PaaS
          order: 1
          kind: cloud
          summary: The provider runs the platform; the customer runs its data.
          sources: [handbook#L4]

      """
    ),
    (
      "Content/data/sources.yaml",
      """
      sources:
        - id: handbook
          title: Our internal responsibility handbook
          kind: primary
          retrieved: 2026-01-01
          lines: 20

      """
    ),
    (
      "Content/data/controls.yaml",
      """
      controls:
        - id: backups
          name: Backups
          type: shared
          layers: [data]
          summary: Copies of data that can be restored.
          sources: [handbook#L5]

      """
    ),
    (
      "Content/data/classes/on-premises.yaml",
      """
      class: on-premises
      layers:
        data: {owner: customer, customer: Owns and protects all of it., sources: [handbook#L6]}
        hardware: {owner: customer, customer: "Buys, runs and guards it.", sources: [handbook#L7]}
      controls:
        backups: {owner: customer, customer: Runs every backup., sources: [handbook#L8]}

      """
    ),
    (
      "Content/data/classes/managed.yaml",
      """
      class: managed
      layers:
        data: {owner: customer, customer: Classifies and protects its data., sources: [handbook#L9]}
        hardware: {owner: provider, provider: Runs and guards the hardware., sources: [handbook#L10]}
      controls:
        backups:
          owner: shared
          provider: Takes the snapshots.
          customer: Sets retention and tests restores.
          sources: [handbook#L11]

      """
    ),
    (
      "Content/data/services/database.yaml",
      """
      id: database
      name: Example Database
      provider: example-cloud
      class: managed
      summary: A managed database service.
      sources: [handbook#L12]

      """
    ),
    (
      "Content/model/index.md",
      "---\norder: 2\n---\n# The model\n\nThe layers, classes and services of our model.\n"
    ),
    (
      "Content/model/matrix.md",
      "# Matrix\n\nWho secures what, generated from the dataset:\n\n```demarc matrix\nrows: all\n```\n"
    ),
    ("Content/model/data.md", "---\nabout: layer/data\n---\n# Data\n\nWhat we store, and who protects it.\n"),
    (
      "Content/model/hardware.md",
      "---\nabout: layer/hardware\n---\n# Hardware\n\nThe machines underneath [managed services](class:managed).\n"
    ),
    (
      "Content/model/on-premises.md",
      "---\nabout: class/on-premises\n---\n# On-premises\n\nThe baseline: we run everything.\n"
    ),
    (
      "Content/model/managed.md",
      "---\nabout: class/managed\n---\n# Managed services\n\nThe provider runs the platform, such as the [database](service:database).\n"
    ),
    (
      "Content/model/database.md",
      "---\nabout: service/database\n---\n# Example Database\n\nOur managed database.\n"
    ),
    (
      "Content/model/backups.md", "---\nabout: control/backups\n---\n# Backups\n\nWho keeps copies of data.\n"
    ),
  ]
}
