import Testing

@testable import Templating

/// The rules of the parser, one by one: what each tag means, which lines standalone tags take
/// with them, and where a broken template is reported.
@Suite struct TemplateSyntaxTests {
  struct Object: TemplateObject {
    var fields: [String: TemplateValue]
    func value(named name: String) -> TemplateValue? { fields[name] }
  }

  static func render(_ template: String, _ fields: [String: TemplateValue], partials: [String: String] = [:])
    throws -> String
  {
    var library = TemplateLibrary()
    try library.register(template, named: "main")
    for (name, text) in partials { try library.register(text, named: name) }
    return try #require(library.render("main", Object(fields: fields)))
  }

  @Test func interpolationEscapesUnlessTripled() throws {
    let fields: [String: TemplateValue] = ["x": .text("<a href='1'>&\"</a>")]
    #expect(try Self.render("{{x}}", fields) == "&lt;a href=&#39;1&#39;&gt;&amp;&quot;&lt;/a&gt;")
    #expect(try Self.render("{{{x}}}|{{& x}}", fields) == "<a href='1'>&\"</a>|<a href='1'>&\"</a>")
    #expect(try Self.render("[{{missing}}]", fields) == "[]")
    #expect(try Self.render("{{n}} {{f}}", ["n": .number(42), "f": .flag(false)]) == "42 false")
  }
}

extension TemplateSyntaxTests {
  /// A name is mentioned when some tag's name starts with it, at any depth and in any template
  /// (a partial too); text that looks like it is not a tag.
  @Test func mentionsAreTheFirstPartsOfTagNames() throws {
    var library = TemplateLibrary()
    try library.register("{{#page}}{{#list}}{{sidebar.title}}{{/list}}{{/page}} nav sidebar", named: "main")
    try library.register("{{^crumbs}}none{{/crumbs}}{{{body}}}", named: "part")
    for name in ["page", "list", "sidebar", "crumbs", "body"] { #expect(library.mentions(name), "\(name)") }
    for name in ["nav", "title", "main", "part", "none"] { #expect(!library.mentions(name), "\(name)") }
  }

  /// A partial outside any section that leads back to its own template is endless, reported at
  /// its tag with the chain; inside a section (a tree drawn one child at a time) it is not.
  @Test func endlessPartialsAreTheUnconditionalCycles() throws {
    var library = TemplateLibrary()
    try library.register("a\n  {{> b}}", named: "a")
    try library.register("{{> c}}", named: "b")
    try library.register("{{#x}}{{> c}}{{/x}}{{> a}}", named: "c")
    try library.register(
      "{{#children}}{{> tree}}{{/children}}{{^children}}{{> tree}}{{/children}}", named: "tree")
    let endless = library.endlessPartials()
    #expect(endless.map(\.template) == ["a", "b", "c"])
    #expect(endless.first?.position == TemplatePosition(line: 2, column: 3))
    #expect(endless.first?.cycle == ["a", "b", "c", "a"])
    #expect(endless.last?.position == TemplatePosition(line: 1, column: 20), "the tag outside the section")
  }

  @Test func standaloneTagsTakeTheirLines() throws {
    let list: [String] = ["a", "b"]
    let fields: [String: TemplateValue] = [
      "items": list.templateValue, "yes": .flag(true), "no": .flag(false),
    ]
    #expect(
      try Self.render("<p>\n{{#items}}\n<i>{{.}}</i>\n{{/items}}\n</p>\n", fields)
        == "<p>\n<i>a</i>\n<i>b</i>\n</p>\n")
    #expect(try Self.render("  {{#yes}}  \nx\n  {{/yes}}\n{{^no}}\ny\n{{/no}}", fields) == "x\ny\n")
    #expect(try Self.render("a\n  {{! a comment }}\nb", fields) == "a\nb")
    #expect(try Self.render("a {{#yes}}x{{/yes}} b\n", fields) == "a x b\n")
    #expect(try Self.render("{{#yes}}\r\nx\r\n{{/yes}}\r\n", fields) == "x\r\n")
  }
}

extension TemplateSyntaxTests {
  static var people: [Object] {
    [
      Object(fields: ["name": .text("Ada"), "href": .text("a.html")]),
      Object(fields: ["name": .text("Bob"), "href": .null]),
    ]
  }

  @Test func sectionsIterateListsAndEnterObjects() throws {
    let fields: [String: TemplateValue] = [
      "people": .list(Self.people), "none": .list([Object]()),
      "page": .object(Object(fields: ["title": .text("T")])),
    ]
    #expect(try Self.render("{{#people}}<{{name}}>{{/people}}", fields) == "<Ada><Bob>")
    #expect(try Self.render("{{#none}}x{{/none}}{{^none}}empty{{/none}}", fields) == "empty")
    #expect(try Self.render("{{#page}}{{title}}{{/page}}|{{page.title}}|{{page.missing}}", fields) == "T|T|")
    #expect(try Self.render("{{^people}}x{{/people}}{{^page}}y{{/page}}", fields) == "")
  }

  /// A name missing from the innermost context is looked up outwards; a field that exists but is
  /// empty stops the lookup, so Bob does not get the page's link.
  @Test func lookupClimbsOnlyForMissingNames() throws {
    let fields: [String: TemplateValue] = [
      "people": .list(Self.people), "href": .text("page.html"), "site": .text("S"),
    ]
    #expect(
      try Self.render("{{#people}}{{name}}:{{href}}:{{site}};{{/people}}", fields) == "Ada:a.html:S;Bob::S;")
    #expect(
      try Self.render("{{#people}}{{^href}}{{name}} has none{{/href}}{{/people}}", fields) == "Bob has none")
  }

  @Test func partialsRenderInTheCallersContextAndIndentStandaloneOnes() throws {
    let fields: [String: TemplateValue] = ["people": .list(Self.people), "body": .text("a\nb")]
    let partials = ["row": "<li>{{name}}</li>\n", "block": "<p>\n{{{body}}}\n</p>\n"]
    #expect(
      try Self.render("<ul>\n  {{> row}}\n</ul>", ["name": .text("X")], partials: partials)
        == "<ul>\n  <li>X</li>\n</ul>")
    #expect(
      try Self.render("{{#people}}\n{{> row}}\n{{/people}}", fields, partials: partials)
        == "<li>Ada</li>\n<li>Bob</li>\n")
    // Every line of the partial's own text is indented; an interpolated value's lines are not.
    #expect(try Self.render("  {{> block}}", fields, partials: partials) == "  <p>\n  a\nb\n  </p>\n")
    #expect(try Self.render("[{{> missing}}]", fields) == "[]")
  }

  @Test func aPartialThatIncludesItselfStopsAtTheDepthLimit() throws {
    let output = try Self.render("{{> loop}}", [:], partials: ["loop": "x{{> loop}}"])
    #expect(output == String(repeating: "x", count: TemplateRenderer.maximumDepth))
  }

  @Test func commentsAndDelimiterChanges() throws {
    let fields: [String: TemplateValue] = ["x": .text("1")]
    #expect(try Self.render("a{{! not shown }}b", fields) == "ab")
    #expect(try Self.render("{{=<% %>=}}<% x %>{{x}}<%={{ }}=%>{{x}}", fields) == "1{{x}}1")
    #expect(try Self.render("{{=| |=}}\n|x|\n", fields) == "1\n")
  }

  @Test(arguments: [
    ("line one\n  {{#open}}\n", 2, 3, "never closed"),
    ("{{#a}}x{{/b}}", 1, 8, "closes the section 'a'"),
    ("x\n{{/a}}", 2, 1, "closes no open section"),
    ("ab {{name", 1, 4, "never closed"),
    ("{{}}", 1, 1, "no name"),
    ("é {{upper(x)}}", 1, 3, "transform"),
    ("{{a b}}", 1, 1, "not one name"),
    ("{{a..b}}", 1, 1, "empty part"),
    ("{{<parent}}{{/parent}}", 1, 1, "inheritance"),
    ("{{% CONTENT_TYPE: TEXT}}", 1, 1, "pragmas"),
    ("{{=<%%>=}}", 1, 1, "delimiter"),
    ("{{> }}", 1, 1, "one name"),
  ])
  func brokenTemplatesAreReportedAtTheirTag(_ template: String, _ line: Int, _ column: Int, _ message: String)
  {
    #expect(throws: TemplateSyntaxError.self) { try TemplateParser.parse(template) }
    do {
      _ = try TemplateParser.parse(template)
    } catch {
      #expect((error.line, error.column) == (line, column), "\(template): \(error)")
      #expect(error.message.contains(message), "\(template): \(error.message)")
    }
  }
}
