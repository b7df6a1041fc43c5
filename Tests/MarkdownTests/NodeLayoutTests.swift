import Markdown
import Testing

/// A parsed page is held in memory until the site is written, so the size of one node multiplies
/// by every node of every page (about 300 for a 4 KB page): rare, large payloads (links, images,
/// code blocks) are boxed, and positions are 32-bit.
@Suite struct NodeLayoutTests {
  @Test func aNodeStaysSmall() {

    #expect(MemoryLayout<MarkdownNode>.stride <= 40)
  }
}
