import Diagnostics

/// `~~text~~` and `~text~`, matched as cmark-gfm matches them: a run of one or two tildes opens
/// when it is left-flanking and closes when it is right-flanking (the rules of `*`), and a closer
/// takes the nearest opener of the same length. Longer runs stay text.
enum Strikethrough {
  private enum Token {
    case node(MarkdownNode)
    case run(length: Int, canOpen: Bool, canClose: Bool, start: MarkdownPoint)
  }

  static func apply(_ nodes: [MarkdownNode]) -> [MarkdownNode] {
    guard
      nodes.contains(where: {
        if case .text(let t) = $0.kind { UTF8Bytes.contains(0x7E, in: t) } else { false }
      })
    else {
      return nodes
    }
    let tokens = tokenize(nodes)
    var result: [Token] = []
    var openers: [Int] = []  // indices into `result`
    for token in tokens {
      guard case .run(let length, let canOpen, let canClose, _) = token else {
        result.append(token)
        continue
      }
      if canClose,
        let match = openers.lastIndex(where: { index in
          if case .run(let openLength, _, _, _) = result[index] { return openLength == length }
          return false
        })
      {
        let openerIndex = openers[match]
        let inner = result[(openerIndex + 1)...].map(node(of:))
        guard case .run(_, _, _, let openStart) = result[openerIndex] else { continue }
        result.removeSubrange(openerIndex...)
        openers.removeSubrange(match...)
        result.append(.node(MarkdownNode(.strikethrough, children: inner, start: openStart)))
        continue
      }
      result.append(token)
      if canOpen { openers.append(result.count - 1) }
    }
    return result.map(node(of:))
  }

  private static func node(of token: Token) -> MarkdownNode {
    switch token {
    case .node(let node): node
    case .run(let length, _, _, let start):
      MarkdownNode(.text(String(repeating: "~", count: length)), start: start)
    }
  }

  /// Text split into plain pieces and tilde runs, each run with its flanking worked out from the
  /// characters around it (a neighbouring non-text node counts as a letter; the ends as space).
  private static func tokenize(_ nodes: [MarkdownNode]) -> [Token] {
    var tokens: [Token] = []
    for (index, node) in nodes.enumerated() {
      guard case .text(let literal) = node.kind, UTF8Bytes.contains(0x7E, in: literal) else {
        tokens.append(.node(node))
        continue
      }
      let scalars = Array(literal.unicodeScalars)
      let before: Unicode.Scalar = index > 0 ? lastScalar(of: nodes[index - 1]) : " "
      let after: Unicode.Scalar = index + 1 < nodes.count ? firstScalar(of: nodes[index + 1]) : " "
      var piece = String.UnicodeScalarView()
      var position = 0
      func flush() {
        if !piece.isEmpty { tokens.append(.node(MarkdownNode(.text(String(piece)), start: node.start))) }
        piece = String.UnicodeScalarView()
      }
      while position < scalars.count {
        guard scalars[position] == "~" else {
          piece.append(scalars[position])
          position += 1
          continue
        }
        var end = position
        while end < scalars.count && scalars[end] == "~" { end += 1 }
        let length = end - position
        if length > 2 {
          piece.append(contentsOf: scalars[position..<end])
        } else {
          flush()
          let previous = position > 0 ? scalars[position - 1] : before
          let next = end < scalars.count ? scalars[end] : after
          let left = !isSpace(next) && (!isPunctuation(next) || isSpace(previous) || isPunctuation(previous))
          let right = !isSpace(previous) && (!isPunctuation(previous) || isSpace(next) || isPunctuation(next))
          let start = MarkdownPoint(line: node.start.line, column: node.start.column + position)
          tokens.append(.run(length: length, canOpen: left, canClose: right, start: start))
        }
        position = end
      }
      flush()
    }
    return tokens
  }

  private static func lastScalar(of node: MarkdownNode) -> Unicode.Scalar {
    switch node.kind {
    case .text(let literal): literal.unicodeScalars.last ?? " "
    case .softBreak, .lineBreak: " "
    default: "a"
    }
  }

  private static func firstScalar(of node: MarkdownNode) -> Unicode.Scalar {
    switch node.kind {
    case .text(let literal): literal.unicodeScalars.first ?? " "
    case .softBreak, .lineBreak: " "
    default: "a"
    }
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
      || scalar.properties.generalCategory == .spaceSeparator
  }

  static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (0x21...0x2F).contains(value) || (0x3A...0x40).contains(value) || (0x5B...0x60).contains(value)
        || (0x7B...0x7E).contains(value)
    }
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation:
      return true
    default:
      return false
    }
  }
}
