/// One HTTP answer, before it goes on the wire: what ``SiteResponder`` decides, testable as a value.
struct Reply: Equatable, Sendable {
  var status: Int
  /// Header names and values, in the order they are sent.
  var headers: [Header]
  var body: [UInt8]

  struct Header: Equatable, Sendable {
    var name: String
    var value: String
  }

  func header(_ name: String) -> String? {
    headers.first { $0.name.lowercased() == name.lowercased() }?.value
  }
}
