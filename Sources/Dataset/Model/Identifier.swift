/// The id syntax shared by every entity: a lowercase slug that is also a URL segment, a CSV key and
/// an XML NCName (`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`).
public enum Identifier {
  public static func isValid(_ id: String) -> Bool {
    var previous: UInt8 = 0
    for (index, byte) in id.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"): break
      case UInt8(ascii: "0")...UInt8(ascii: "9") where index > 0: break
      case UInt8(ascii: "-") where index > 0 && previous != UInt8(ascii: "-"): break
      default: return false
      }
      previous = byte
    }
    return !id.isEmpty && previous != UInt8(ascii: "-")
  }
}
