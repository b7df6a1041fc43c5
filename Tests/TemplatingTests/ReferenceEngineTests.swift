import Mustache
import Testing

@testable import Templating

/// Differential test against swift-mustache, the engine demarc rendered with before it had its own:
/// the same templates and the same data give the same text. The data avoids the one intended
/// difference (an empty field stops the lookup here, where swift-mustache climbs; see
/// `TemplateSyntaxTests.lookupClimbsOnlyForMissingNames`).
@Suite struct ReferenceEngineTests {
  typealias Object = TemplateSyntaxTests.Object

  /// swift-mustache's view of a ``TemplateValue``.
  struct Bridged: MustacheParent {
    let object: any TemplateObject
    func child(named name: String) -> Any? { object.value(named: name).flatMap(Self.convert) }

    static func convert(_ value: TemplateValue) -> Any? {
      switch value {
      case .text(let text): text
      case .number(let number): number
      case .flag(let flag): flag
      case .null: nil
      case .object(let object): Bridged(object: object)
      case .list(let list): (0..<list.count).map { convert(list.element(at: $0)) as Any }
      }
    }
  }

  static var data: Object {
    Object(fields: [
      "title": .text("Tom & <Jerry> \"quoted\" 'single'"),
      "count": .number(3),
      "yes": .flag(true),
      "no": .flag(false),
      "empty": .list([Object]()),
      "tags": .list(["a", "b & c", "d"]),
      "site": .object(Object(fields: ["title": .text("Site"), "language": .text("en")])),
      "rows": .list([
        Object(fields: ["id": .text("r1"), "cells": .list(["x", "y"]), "flag": .flag(true)]),
        Object(fields: ["id": .text("r2"), "cells": .list([String]()), "flag": .flag(false)]),
      ]),
      "html": .text("<b>bold</b>\nnext line"),
    ])
  }

  static let partials = [
    "cell": "<td>{{.}}</td>",
    "row":
      "{{#flag}}\n<tr id=\"{{id}}\">{{#cells}}{{> cell}}{{/cells}}</tr>\n{{/flag}}\n{{^flag}}\n<tr><td>none in {{id}} of {{site.title}}</td></tr>\n{{/flag}}\n",
  ]

  static let templates = [
    "{{title}}|{{{title}}}|{{&title}}|{{count}}|{{yes}}|{{no}}|{{missing}}",
    "{{#yes}}shown{{/yes}}{{#no}}hidden{{/no}}{{^no}}inverted{{/no}}{{^yes}}never{{/yes}}",
    "{{#empty}}x{{/empty}}{{^empty}}nothing{{/empty}}",
    "<ul>\n{{#tags}}\n  <li>{{.}}</li>\n{{/tags}}\n</ul>\n",
    "{{#site}}{{title}} ({{language}}) in {{count}}{{/site}} {{site.title}} {{site.missing}}",
    "<table>\n{{#rows}}\n{{> row}}\n{{/rows}}\n</table>\n",
    "  {{#yes}}  \n  indented body\n  {{/yes}}  \n{{! comment }}\n  {{! standalone comment }}\nend\n",
    "a{{#yes}}\nb{{/yes}}c\n",
    "{{#rows}}{{id}}:{{#cells}}{{.}}{{/cells}}:{{title}};{{/rows}}",
    "{{=<% %>=}}<% title %> <%# yes %>on<%/ yes %>\n<%={{ }}=%>{{count}}\n",
    "<pre>{{{html}}}</pre>\n{{html}}\n",
    "line\r\n{{#yes}}\r\ncrlf\r\n{{/yes}}\r\n",
    "{{#tags}}{{> cell}}{{/tags}}\n",
  ]

  @Test(arguments: templates.indices)
  func rendersAsSwiftMustacheDoes(_ index: Int) throws {
    let template = Self.templates[index]
    var ours = TemplateLibrary()
    var reference = MustacheLibrary()
    try ours.register(template, named: "main")
    try reference.register(template, named: "main")
    for (name, text) in Self.partials {
      try ours.register(text, named: name)
      try reference.register(text, named: name)
    }
    let expected = try #require(reference.render(Bridged(object: Self.data), withTemplate: "main"))
    #expect(!expected.isEmpty)
    #expect(ours.render("main", Self.data) == expected)
  }
}
