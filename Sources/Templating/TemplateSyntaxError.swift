/// A template that does not parse, with the 1-based line and column of the tag at fault.
public struct TemplateSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
  public let message: String
  public let line: Int
  public let column: Int

  public var description: String { message }
}
