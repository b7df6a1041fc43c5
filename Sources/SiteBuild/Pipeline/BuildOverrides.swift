/// Settings given on the command line for one run, on top of `demarc.yaml`: the one place they are
/// applied to the config and the one place they enter the input fingerprint, so a run with other
/// overrides never reuses the output of this one.
public struct BuildOverrides: Sendable, Hashable {
  /// Replaces `base_url`, for previews hosted elsewhere (`--base-url`).
  public var baseURL: String?
  /// Keeps pages marked `draft: true` (`--drafts`).
  public var includeDrafts: Bool

  public init(baseURL: String? = nil, includeDrafts: Bool = false) {
    self.baseURL = baseURL
    self.includeDrafts = includeDrafts
  }

  func apply(to config: inout SiteConfig) {
    if let baseURL { config.baseURL = baseURL }
    if includeDrafts { config.includeDrafts = true }
  }

  /// What the fingerprint records of these overrides.
  var fingerprint: String { "base-url \(baseURL ?? "") drafts \(includeDrafts)" }
}
