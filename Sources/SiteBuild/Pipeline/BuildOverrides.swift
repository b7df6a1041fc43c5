/// Settings given on the command line for one run, on top of `demarc.yaml`: the one place they are
/// applied to the config and the one place they enter the input fingerprint, so a run with other
/// overrides never reuses the output of this one.
public struct BuildOverrides: Sendable, Hashable {
  /// Replaces `base_url`, for previews hosted elsewhere (`--base-url`).
  public var baseURL: String?
  /// Keeps pages marked `draft: true` (`--drafts`).
  public var includeDrafts: Bool
  /// Replaces `links:` (`--links warn`).
  public var links: LinkPolicy?

  public init(baseURL: String? = nil, includeDrafts: Bool = false, links: LinkPolicy? = nil) {
    self.baseURL = baseURL
    self.includeDrafts = includeDrafts
    self.links = links
  }

  func apply(to config: inout SiteConfig) {
    if let baseURL { config.baseURL = baseURL }
    if includeDrafts { config.includeDrafts = true }
    if let links { config.links = links }
  }

  /// What the fingerprint records of these overrides.
  var fingerprint: String {
    "base-url \(baseURL ?? "") drafts \(includeDrafts) links \(links?.rawValue ?? "")"
  }
}
