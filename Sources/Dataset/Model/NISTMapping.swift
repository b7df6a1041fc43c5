/// A control's NIST SP 800-53 rev. 5 mapping, the scheme FedRAMP and OSCAL key on: the one place
/// that names the scheme and writes its ids as NIST does (`SI-2`).
public enum NISTMapping {
  /// The key under a control's `mappings:`.
  public static let scheme = "nist-sp800-53r5"

  /// The control's NIST ids in upper case, as written in the dataset's order.
  public static func ids(_ control: Control) -> [String] {
    (control.mappings[scheme] ?? []).map { $0.uppercased() }
  }

  /// The ids as the dataset writes them (`si-2`), which OSCAL uses as control ids.
  public static func tokens(_ control: Control) -> [String] { control.mappings[scheme] ?? [] }
}
