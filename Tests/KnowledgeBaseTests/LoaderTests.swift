import Foundation
import Testing
import YAML
@testable import KnowledgeBase

@Suite struct LoaderTests {
    @Test func fixtureIsClean() throws {
        let f = try Fixture()
        let diagnostics = f.lint()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let kb = f.load().knowledge
        #expect(kb.facts.map(\.id) == ["ok", "color", "code", "age", "expired"])
        #expect(Set(kb.trees.map(\.id)) == ["a", "help"])
        #expect(kb.fact("color")?.values.map(\.id) == ["red", "blue"])
        #expect(kb.fact("expired")?.ask == .inputs)
        #expect(kb.site.contactCategories["account"]?.label.ja == "アカウント")
    }

    @Test func examplesAreReadOnlyWhenAsked() throws {
        let f = try Fixture(["examples/a.yaml": "examples:\n  - {lang: ja, text: こんにちは}\n", "templates/reply.ja.mustache": "{{title}}\n"])
        let all = KnowledgeLoader().load(f.root)
        #expect(all.knowledge.examples.count == 1)
        #expect(all.knowledge.templates.map(\.name) == ["reply.ja"])
        let lean = KnowledgeLoader(examples: false).load(f.root)
        #expect(lean.knowledge.examples.isEmpty)
        #expect(!lean.files.contains { $0.contains("/examples/") })
        #expect(lean.diagnostics.isEmpty)
    }

    /// `tickets/<tree>.yaml` (labelled tickets people wrote) are read as examples are, and
    /// only when examples are asked for; a file named after no tree is found by lint, with its
    /// own folder in the message.
    @Test func ticketsAreReadAsExamples() throws {
        let f = try Fixture([
            "examples/a.yaml": "examples:\n  - {lang: ja, text: こんにちは}\n",
            "tickets/a.yaml": "examples:\n  - {lang: en, text: hello}\n  - {lang: ja, text: こんばんは}\n",
            "tickets/nothing.yaml": "examples:\n  - {lang: en, text: hi}\n",
        ])
        let all = KnowledgeLoader().load(f.root)
        #expect(all.knowledge.examples.map(\.tree.name).sorted() == ["a", "a", "nothing"])
        #expect(all.knowledge.examples.map(\.examples.count).reduce(0, +) == 4)
        #expect(all.knowledge.examples.map { "\($0.tree.name) \($0.tickets)" }.sorted() == ["a false", "a true", "nothing true"])
        #expect(KnowledgeLoader(examples: false).load(f.root).knowledge.examples.isEmpty)
        #expect(f.lint("example-tree").map(\.message) == ["tickets/nothing.yaml names no tree"])
    }

    @Test func decodesEveryNodeKind() throws {
        let tree = try #require(try Fixture().load().knowledge.tree("a"))
        #expect(tree.nodes.map(\.kindName) == ["decide", "step", "conclude", "decide", "decide", "goto"])
        #expect(tree.sources == [Source(page: "faq", entry: "A", mark: tree.sources.first?.mark)])
        guard case .decide(let d) = tree.node("d")?.kind else { Issue.record("not a decide"); return }
        #expect(d.cases.map(\.value) == ["true", "false"])
        #expect(d.fact.mark?.line == 8)
    }

    @Test func unknownKeySuggestsTheNearest() throws {
        let f = try Fixture(["trees/a.yaml": Fixture.a.replacingOccurrences(of: "    unresolved: done", with: "    unresolvd: done")])
        let d = try #require(f.lint("unknown-key").first)
        #expect(d.message == "unknown key 'unresolvd' in a step node — did you mean 'unresolved'?")
        #expect(d.mark?.file == f.path("trees/a.yaml"))
        #expect(d.mark?.line == 13)
        #expect(d.mark?.column == 5)
    }

    @Test func unknownTopLevelKey() throws {
        let f = try Fixture(["trees/a.yaml": Fixture.a.replacingOccurrences(of: "start: d", with: "strat: d")])
        let messages = f.lint().map(\.message)
        #expect(messages.contains("unknown key 'strat' in a tree — did you mean 'start'?"))
        #expect(messages.contains("missing key 'start'"))
    }

    @Test func wrongValueTypes() throws {
        let f = try Fixture(["trees/a.yaml": Fixture.a.replacingOccurrences(of: "keywords: [a]", with: "keywords: {a: b}")
            .replacingOccurrences(of: "title: {ja: エー, en: A}", with: "title: A")])
        let found = f.lint("type").map(\.message)
        #expect(found.contains("'keywords' must be a list, found a mapping"))
        #expect(found.contains { $0.hasPrefix("'title' must be a mapping of languages") })
    }

    @Test func unknownFactTypeAndStage() throws {
        let f = try Fixture([
            "facts.yaml": Fixture.facts.replacingOccurrences(of: "type: number", with: "type: numbr"),
            "trees/help.yaml": Fixture.help.replacingOccurrences(of: "keywords: [help]", with: "keywords: [help]\nstage: generl"),
        ])
        let found = f.lint("type").map(\.message)
        #expect(found.contains("unknown fact type 'numbr' — did you mean 'number'?"))
        #expect(found.contains("unknown stage 'generl' — did you mean 'general'?"))
    }

    @Test func nodeWithoutKind() throws {
        let f = try Fixture(["trees/a.yaml": Fixture.a.replacingOccurrences(of: "    goto: help", with: "    got: help")])
        let all = f.lint()
        #expect(all.contains { $0.rule == "missing-key" && $0.message.hasPrefix("node 'g' needs one of") })
        #expect(all.contains { $0.rule == "unknown-key" && $0.message.contains("did you mean 'goto'?") })
    }

    @Test func emptyFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let result = KnowledgeLoader().load(dir)
        #expect(result.hasErrors)
        #expect(result.diagnostics.first?.message.hasPrefix("no knowledge here") == true)
    }

    @Test func missingSiteFile() throws {
        let f = try Fixture(removing: ["site.yaml"])
        #expect(f.load().diagnostics.map(\.message).contains("missing site.yaml"))
    }

    @Test func listWhereMappingExpected() throws {
        let f = try Fixture(["trees/a.yaml": "- id: a\n- start: d\n"])
        let d = try #require(f.load().diagnostics.first)
        #expect(d.message == "a tree must be a mapping, found a sequence")
        #expect(d.mark?.line == 1)
    }

    @Test func emptyTreeFile() throws {
        let f = try Fixture(["trees/a.yaml": ""])
        let d = try #require(f.load().diagnostics.first)
        #expect(d.message.contains("empty"))
        #expect(d.mark?.file == f.path("trees/a.yaml"))
    }

    @Test func yamlErrorsCarryTheirPlace() throws {
        let f = try Fixture(["trees/a.yaml": "id: a\nnodes:\n\tx: 1\n"])
        let d = try #require(f.load().diagnostics.first)
        #expect(d.rule == "yaml")
        #expect(d.description.hasPrefix(f.path("trees/a.yaml") + ":3:"))
    }

    @Test func treesAreLoadedInParallelInStableOrder() throws {
        var files: [String: String] = [:]
        for i in 0..<40 {
            files["trees/many/t\(String(format: "%02d", i)).yaml"] = Fixture.help.replacingOccurrences(of: "id: help", with: "id: t\(i)")
        }
        let f = try Fixture(files)
        let ids = f.load().knowledge.trees.map(\.id)
        #expect(ids.count == 42)
        #expect(Array(ids.prefix(2)) == ["a", "help"])
        #expect(ids[2] == "t0" && ids[41] == "t39")
    }

    @Test func factValuesParse() throws {
        let kb = try Fixture().load().knowledge
        let ok = try #require(kb.fact("ok"))
        #expect(ok.parse("はい") == .success(.bool(true)))
        #expect(ok.parse("no") == .success(.bool(false)))
        #expect((try? ok.parse("maybe").get()) == nil)
        let color = try #require(kb.fact("color"))
        #expect(color.parse("red") == .success(.choice("red")))
        guard case .failure(let e) = color.parse("green") else { Issue.record("green accepted"); return }
        #expect(e.message == "'green' is not one of: red, blue")
        #expect(try kb.fact("age")?.parse("7.5").get() == .number(7.5))
        #expect(FactValue.number(7).description == "7")
    }

    @Test func placeholders() {
        #expect(LocalizedText.placeholders(in: "ID {omuid} and {{literal}}") == ["omuid"])
        let t = LocalizedText(ja: "ID: {omuid} {{x}}", en: "ID {omuid}")
        #expect(t.rendered(.ja) { $0 == "omuid" ? "ab12345" : nil } == "ID: ab12345 {x}")
    }
}
