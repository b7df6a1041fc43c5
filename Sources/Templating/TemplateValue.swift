/// What a Mustache tag finds when it looks a name up: a typed value, so rendering never casts
/// `Any` at run time (the dynamic casts of a reflective engine were a fifth of a build).
public enum TemplateValue {
  /// Interpolated escaped (`{{x}}`) or as it is (`{{{x}}}`); a section over it renders once with
  /// the text as its context.
  case text(String)
  case number(Int)
  /// A section over it renders when true, without a new context; an inverted one when false.
  case flag(Bool)
  /// A field that exists but holds nothing: falsy, and the lookup stops here instead of climbing
  /// to the enclosing contexts (which would hand a cell its row's link).
  case null
  /// A value with named fields; a section over it renders once with it as the context.
  case object(any TemplateObject)
  /// A section over it renders once per element; an empty one renders nothing.
  case list(any TemplateSequence)
}

/// A view model a template can read: a switch from field names to values.
public protocol TemplateObject: TemplateConvertible {
  /// The field called `name`; nil when there is no such field (the lookup then tries the
  /// enclosing contexts), ``TemplateValue/null`` when it exists and is empty.
  func value(named name: String) -> TemplateValue?
}

/// A list a section iterates over, read element by element so nothing is copied up front.
public protocol TemplateSequence {
  var count: Int { get }
  func element(at index: Int) -> TemplateValue
}

/// A Swift value that a view model's field holds: strings, numbers, flags, optionals, arrays and
/// nested view models.
public protocol TemplateConvertible {
  var templateValue: TemplateValue { get }
}

extension String: TemplateConvertible {
  public var templateValue: TemplateValue { .text(self) }
}

extension Int: TemplateConvertible {
  public var templateValue: TemplateValue { .number(self) }
}

extension Bool: TemplateConvertible {
  public var templateValue: TemplateValue { .flag(self) }
}

extension Optional: TemplateConvertible where Wrapped: TemplateConvertible {
  public var templateValue: TemplateValue { self?.templateValue ?? .null }
}

extension Array: TemplateConvertible, TemplateSequence where Element: TemplateConvertible {
  public var templateValue: TemplateValue { .list(self) }
  public func element(at index: Int) -> TemplateValue { self[index].templateValue }
}

/// A string-keyed dictionary reads as an object (`{{page.extra.owner}}`).
extension Dictionary: TemplateConvertible, TemplateObject where Key == String, Value: TemplateConvertible {
  public var templateValue: TemplateValue { .object(self) }
  public func value(named name: String) -> TemplateValue? { self[name]?.templateValue }
}

extension TemplateObject {
  /// A view model is itself a value: `case "entity": entity.templateValue` and the like.
  public var templateValue: TemplateValue { .object(self) }
}
