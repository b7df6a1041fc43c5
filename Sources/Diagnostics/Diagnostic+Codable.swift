/// A diagnostic as data (a build record stores them): severity and code by their stable names.
extension Diagnostic: Codable {
  private enum Keys: String, CodingKey { case severity, code, file, line, column, message }

  public init(from decoder: any Decoder) throws {
    let values = try decoder.container(keyedBy: Keys.self)
    guard let severity = Severity(rawValue: try values.decode(String.self, forKey: .severity)),
      let code = DiagnosticCode(rawValue: try values.decode(String.self, forKey: .code))
    else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "unknown code"))
    }
    let location = try values.decodeIfPresent(String.self, forKey: .file).map { file in
      SourceLocation(
        file: file, line: try values.decodeIfPresent(Int.self, forKey: .line) ?? 1,
        column: try values.decodeIfPresent(Int.self, forKey: .column) ?? 1)
    }
    self.init(severity, code, try values.decode(String.self, forKey: .message), at: location)
  }

  public func encode(to encoder: any Encoder) throws {
    var values = encoder.container(keyedBy: Keys.self)
    try values.encode(severity.rawValue, forKey: .severity)
    try values.encode(code.rawValue, forKey: .code)
    try values.encodeIfPresent(location?.file, forKey: .file)
    try values.encodeIfPresent(location?.line, forKey: .line)
    try values.encodeIfPresent(location?.column, forKey: .column)
    try values.encode(message, forKey: .message)
  }
}
