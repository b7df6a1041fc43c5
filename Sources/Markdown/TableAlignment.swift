/// How a table column is aligned, from its delimiter cell (`:--`, `:-:`, `--:`, `---`).
public enum TableAlignment: String, Hashable, Sendable {
  case none, left, center, right
}
