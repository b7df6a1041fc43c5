/// Renders parsed templates against a stack of contexts: a name is looked up from the innermost
/// context outwards, and its dotted parts are then read from what was found.
struct TemplateRenderer {
  let templates: [String: [TemplateNode]]
  private(set) var output = ""
  /// The indentation of the standalone partials being rendered, and whether the output is at the
  /// start of a line that indentation must still be written to.
  private var indentation = ""
  private var atLineStart = true
  private var depth = 0
  /// Partials nest at most this deep; a theme whose partial includes itself without end renders
  /// nothing past it instead of exhausting the stack.
  static let maximumDepth = 200

  init(templates: [String: [TemplateNode]]) {
    self.templates = templates
    output.reserveCapacity(4096)
  }

  mutating func render(_ nodes: [TemplateNode], stack: inout [TemplateValue]) {
    // By index, so each node is read in place rather than copied out (and retained) per visit.
    for index in nodes.indices {
      switch nodes[index] {
      case .text(let text): write(text, fromTemplate: true)
      case .variable(let name, let escaped):
        switch lookup(name, in: stack) {
        case .text(let text)?: write(escaped ? TemplateEscaping.escape(text) : text, fromTemplate: false)
        case .number(let number)?: write(String(number), fromTemplate: false)
        case .flag(let flag)?: write(flag ? "true" : "false", fromTemplate: false)
        case .null?, .object?, .list?, nil: break
        }
      case .section(let name, let inverted, let body):
        let value = lookup(name, in: stack)
        if inverted {
          if Self.isFalsy(value) { render(body, stack: &stack) }
          continue
        }
        switch value {
        case nil, .null?: break
        case .flag(let flag)?: if flag { render(body, stack: &stack) }
        case .list(let list)?:
          for index in 0..<list.count {
            stack.append(list.element(at: index))
            render(body, stack: &stack)
            stack.removeLast()
          }
        case let value?:
          stack.append(value)
          render(body, stack: &stack)
          stack.removeLast()
        }
      case .partial(let name, let extra, _):
        guard let partial = templates[name], depth < Self.maximumDepth else { continue }
        let outer = indentation
        indentation += extra
        depth += 1
        render(partial, stack: &stack)
        depth -= 1
        indentation = outer
      }
    }
  }

  private static func isFalsy(_ value: TemplateValue?) -> Bool {
    switch value {
    case nil, .null?: true
    case .flag(let flag)?: !flag
    case .list(let list)?: list.count == 0
    default: false
    }
  }

  private func lookup(_ name: TagName, in stack: [TemplateValue]) -> TemplateValue? {
    guard let first = name.parts.first else { return stack.last }
    for level in stack.indices.reversed() {
      guard case .object(let object) = stack[level], var value = object.value(named: first) else { continue }
      for part in name.parts.dropFirst() {
        guard case .object(let inner) = value, let next = inner.value(named: part) else { return nil }
        value = next
      }
      return value
    }
    return nil
  }

  /// Appends `text`, writing the partials' indentation at each line start: before every line of a
  /// template's own text, but not inside an interpolated value, as the spec asks.
  private mutating func write(_ text: String, fromTemplate: Bool) {
    if indentation.isEmpty {
      output += text
      return
    }
    guard !text.isEmpty else { return }
    guard fromTemplate else {
      if atLineStart { output += indentation }
      output += text
      atLineStart = text.utf8.last == UInt8(ascii: "\n")
      return
    }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.offset > 0 {
        output += "\n"
        atLineStart = true
      }
      guard !line.element.isEmpty else { continue }
      if atLineStart { output += indentation }
      output += line.element
      atLineStart = false
    }
  }
}
