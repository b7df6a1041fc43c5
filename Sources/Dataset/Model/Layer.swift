import Diagnostics

/// One layer of the stack, from users at the top to physical at the bottom.
public struct Layer: Hashable, Sendable {
  public var id: Located<String>
  public var name: Located<String>
  /// Lower comes first (top of the stack); unique, gaps allowed.
  public var order: Located<Int>
  public var summary: Located<String>?
  public var side: LayerSide?
  public var citations: [Citation]
}
