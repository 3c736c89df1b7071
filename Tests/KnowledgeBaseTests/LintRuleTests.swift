import Foundation
import Testing
@testable import KnowledgeBase

/// For every lint rule, a change to the valid fixture that makes it fire, and where.
struct FiringCase: Sendable, CustomStringConvertible {
    let rule: String
    let files: [String: String]
    /// The file and line the diagnostic must point at.
    let file: String
    let line: Int
    let message: String
    var description: String { rule }
}

private func a(_ from: String, _ to: String) -> [String: String] {
    ["trees/a.yaml": Fixture.a.replacingOccurrences(of: from, with: to)]
}

let firingCases: [FiringCase] = [
    FiringCase(
        rule: "duplicate-id", files: ["trees/b.yaml": Fixture.help], file: "trees/help.yaml", line: 1,
        message: "tree id 'help' is already declared"),
    FiringCase(
        rule: "missing-reference", files: a("unresolved: done", "unresolved: dne"), file: "trees/a.yaml", line: 13,
        message: "no node 'dne' in tree 'a' — did you mean 'done'?"),
    FiringCase(
        rule: "decide-type", files: a("decide: color", "decide: age"), file: "trees/a.yaml", line: 18,
        message: "cannot branch on 'age', a number fact: decide on a bool or choice fact (a derived one, if need be)"),
    FiringCase(
        rule: "case-value", files: a("cases: {red: g, blue: e}", "cases: {red: g, blue: e, bleu: g}"), file: "trees/a.yaml",
        line: 19, message: "'bleu' is not a value of 'color' (red, blue) — did you mean 'blue'?"),
    FiringCase(
        rule: "case-coverage", files: a("cases: {red: g, blue: e}", "cases: {red: g}\n    default: g\n  x:\n    decide: color\n    cases: {red: e}"),
        file: "trees/a.yaml", line: 21, message: "node 'x' has no case for 'blue' of 'color' and no default"),
    FiringCase(
        rule: "unreachable-node", files: a("  g:\n", "  lost:\n    goto: help\n  g:\n"), file: "trees/a.yaml", line: 25,
        message: "node 'lost' cannot be reached from 'd', the start of 'a'"),
    FiringCase(
        rule: "cycle", files: ["trees/help.yaml": Fixture.help.replacingOccurrences(of: "start: ask", with: "start: back")
            + "  back:\n    goto: a\n"], file: "trees/help.yaml", line: 11,
        message: "the walk can loop: a:d → a:c → a:g → help:back → a:d"),
    FiringCase(
        rule: "missing-ja", files: a("title: {ja: エー, en: A}", "title: {en: A}"), file: "trees/a.yaml", line: 2,
        message: "the title of tree 'a' has no Japanese text (ja)"),
    FiringCase(
        rule: "missing-en", files: a("step: {ja: してください, en: Do it}", "step: {ja: してください}"), file: "trees/a.yaml",
        line: 12, message: "node 's' of tree 'a' has no English text (en)"),
    FiringCase(
        rule: "unknown-derivation", files: ["facts.yaml": Fixture.facts.replacingOccurrences(of: "omu.code_expired", with: "omu.code_expird")],
        file: "facts.yaml", line: 20, message: "no derivation named 'omu.code_expird' is registered — did you mean 'omu.code_expired'?"),
    FiringCase(
        rule: "fact-source", files: ["facts.yaml": Fixture.facts.replacingOccurrences(of: "    prompt: {ja: 何分?, en: How many minutes?}\n", with: "")],
        file: "facts.yaml", line: 16, message: "fact 'age' may be asked but has no 'prompt'"),
    FiringCase(
        rule: "reply-question", files: ["facts.yaml": Fixture.facts.replacingOccurrences(of: "    reply: {ja: 何色でしたか。, en: What colour was it?}\n", with: "")],
        file: "facts.yaml", line: 6, message: "fact 'color' can be asked but has no 'reply': a reply draft cannot ask it as a person would"),
    FiringCase(
        rule: "secret-in-text", files: a("text: {ja: 済み, en: Done}", "text: {ja: '済み {code}', en: Done}"), file: "trees/a.yaml",
        line: 16, message: "node 'done' of tree 'a' shows the secret fact 'code'; secrets are never shown"),
    FiringCase(
        rule: "no-keywords", files: a("keywords: [a]", "keywords: []"), file: "trees/a.yaml", line: 1,
        message: "tree 'a' has no keywords: triage cannot find it"),
    FiringCase(
        rule: "contact", files: ["trees/help.yaml": Fixture.help.replacingOccurrences(of: "    contact: account\n", with: "")],
        file: "trees/help.yaml", line: 6, message: "escalation 'ask' names no 'contact' category of the inquiry form"),
    FiringCase(
        rule: "implies", files: a("start: d", "implies: {ok: perhaps}\nstart: d"), file: "trees/a.yaml", line: 5,
        message: "tree 'a' implies ok: 'perhaps' is not a yes/no answer (use true or false)"),
    FiringCase(
        rule: "unknown-branch", files: a("    unknown: s\n", ""), file: "trees/a.yaml", line: 7,
        message: "node 'd' of tree 'a' decides on 'ok', which may be answered \"I don't know\", but has neither 'unknown' nor 'default'"),
    FiringCase(
        rule: "example-tree", files: ["examples/nope.yaml": "examples:\n  - {lang: ja, text: こんにちは}\n"], file: "examples/nope.yaml",
        line: 1, message: "examples/nope.yaml names no tree"),
    FiringCase(
        rule: "site-data", files: ["site.yaml": Fixture.site.replacingOccurrences(of: "'^[a-z]{2}[0-9]{5}$'", with: "'^[a-z'")],
        file: "site.yaml", line: 2, message: "'^[a-z' is not a valid regular expression"),
]

@Suite struct LintRuleTests {
    @Test(arguments: firingCases)
    func ruleFires(_ c: FiringCase) throws {
        let f = try Fixture(c.files)
        let found = f.lint(c.rule)
        #expect(found.count == 1, "\(found)")
        let d = try #require(found.first)
        #expect(d.message == c.message)
        #expect(d.mark?.file == f.path(c.file))
        #expect(d.mark?.line == c.line)
    }

    /// What a diagnosis loads with: every error the full linter finds, and no warning.
    @Test(arguments: firingCases)
    func errorRulesOnlyFindEveryError(_ c: FiringCase) throws {
        let f = try Fixture(c.files)
        let all = f.lint()
        let errors = Linter().errorRulesOnly.lint(f.load(), registered: f.registered)
        #expect(errors.map(\.description) == all.filter { $0.severity == .error }.map(\.description))
        #expect(!errors.contains { $0.severity == .warning })
    }

    @Test func everyRuleHasAFiringCase() {
        let rules = Set(Linter.allRules.map { type(of: $0).name })
        #expect(rules == Set(firingCases.map(\.rule)))
    }

    @Test func duplicateFactAcrossFilesNamesBothPlaces() throws {
        let f = try Fixture(["facts/more.yaml": "facts:\n  ok:\n    type: bool\n    prompt: {ja: また, en: Again}\n"])
        let d = try #require(f.lint("duplicate-id").first)
        #expect(d.message == "fact id 'ok' is already declared")
        #expect(d.mark?.file == f.path("facts/more.yaml"))
        #expect(d.notes.first?.mark.file == f.path("facts.yaml"))
        #expect(d.notes.first?.mark.line == 2)
    }

    @Test func duplicateNodeIDNamesBothPlaces() throws {
        let f = try Fixture(a("  g:\n    goto: help\n", "  g:\n    goto: help\n  d:\n    goto: help\n"))
        let d = try #require(f.lint("yaml").first)
        #expect(d.message == "duplicate key 'd' in this mapping")
        #expect(d.mark?.line == 27)
        #expect(d.notes.first?.mark.line == 7)
    }

    @Test func cycleWithinATree() throws {
        let f = try Fixture(a("unresolved: done", "unresolved: d"))
        let d = try #require(f.lint("cycle").first)
        #expect(d.message == "the walk can loop: a:d → a:s → a:d")
    }

    @Test func boolCaseCoverage() throws {
        let f = try Fixture(a("cases: {true: s, false: c}", "cases: {true: s}"))
        #expect(f.lint("case-coverage").first?.message == "node 'd' has no case for 'false' of 'ok' and no default")
        #expect(f.lint("unreachable-node").count == 3)
    }

    @Test func defaultCoversTheRest() throws {
        let f = try Fixture(a("cases: {red: g, blue: e}", "cases: {red: g}\n    default: e"))
        #expect(f.lint().isEmpty)
    }

    @Test func missingTreeFactLinkAndCategory() throws {
        let f = try Fixture([
            "trees/a.yaml": Fixture.a.replacingOccurrences(of: "goto: help", with: "goto: hlp")
                .replacingOccurrences(of: "decide: ok", with: "decide: okay"),
            "trees/help.yaml": Fixture.help.replacingOccurrences(of: "links: [form]", with: "links: [from]")
                .replacingOccurrences(of: "contact: account", with: "contact: acount"),
        ])
        let messages = Set(f.lint("missing-reference").map(\.message))
        #expect(messages.isSuperset(of: [
            "no tree 'hlp' — did you mean 'help'?", "no fact 'okay'",
            "no link 'from' — did you mean 'form'?", "no contact category 'acount' — did you mean 'account'?",
        ]))
    }

    /// A tree past the size whose node ids are scanned (NodeIndex: a table then): references
    /// are still found, a missing one reported, an unreachable node too.
    @Test func aLargeTreesNodesAreIndexed() throws {
        var nodes = ""
        for i in 0..<30 { nodes += "  s\(i):\n    step: {ja: して, en: Do}\n    unresolved: s\(i + 1)\n" }
        nodes += "  s30:\n    step: {ja: して, en: Do}\n    unresolved: s99\n  lost:\n    goto: help\n"
        let large = "id: large\ntitle: {ja: 大, en: Large}\nsource: {page: faq, entry: L}\nkeywords: [large]\nstart: s0\nnodes:\n" + nodes
        let f = try Fixture(["trees/large.yaml": large])
        #expect(f.lint("missing-reference").map(\.message) == ["no node 's99' in tree 'large' — did you mean 's9'?"])
        #expect(f.lint("unreachable-node").map(\.message) == ["node 'lost' cannot be reached from 's0', the start of 'large'"])
        #expect(f.lint("cycle").isEmpty)
    }

    /// The tree rules run over runs of a few trees at a time, on all cores; what they find, and
    /// its order, is what each rule finds run alone over the whole knowledge, rule after rule.
    @Test func treeRulesInRunsFindWhatEachRuleFindsAlone() throws {
        var files: [String: String] = [:]
        // Enough trees for several runs; some without keywords or English, one with a missing
        // node, and an escalation without a contact category in one of the last.
        for i in 0..<(3 * Linter.treesPerRun + 5) {
            var tree = Fixture.help.replacingOccurrences(of: "id: help", with: "id: h\(i)")
            if i % 7 == 0 { tree = tree.replacingOccurrences(of: "keywords: [help]", with: "keywords: []") }
            if i % 5 == 0 { tree = tree.replacingOccurrences(of: ", en: Contact us}", with: "}") }
            if i == 40 { tree = tree.replacingOccurrences(of: "start: ask", with: "start: asc") }
            if i == 90 { tree = tree.replacingOccurrences(of: "    contact: account\n", with: "") }
            files["trees/h\(i).yaml"] = tree
        }
        let f = try Fixture(files)
        let knowledge = f.load().knowledge
        let linter = Linter()
        let input = LintInput(knowledge: knowledge, registered: f.registered)
        let alone = linter.rules.flatMap { $0.check(input) }
        let inRuns = linter.lint(knowledge, registered: f.registered)
        #expect(inRuns.map(\.description) == alone.map(\.description))
        #expect(inRuns.count { $0.rule == NoKeywordsRule.name } == 15)
        #expect(inRuns.count { $0.rule == MissingEnglishRule.name } == 21)
        #expect(inRuns.contains { $0.message == "no node 'asc' in tree 'h40' — did you mean 'ask'?" })
        #expect(inRuns.contains { $0.message == "escalation 'ask' names no 'contact' category of the inquiry form" })
    }

    @Test func unknownProbe() throws {
        let f = try Fixture(["facts.yaml": Fixture.facts + "  wifi:\n    type: bool\n    probe: wifi\n    prompt: {ja: W, en: W}\n"])
        #expect(f.lint("unknown-derivation").first?.message == "no probe named 'wifi' is registered (registered: network)")
    }

    @Test func diagnosticsAreSortedByPlace() throws {
        let f = try Fixture(a("keywords: [a]", "keywords: []").merging(["trees/help.yaml": Fixture.help.replacingOccurrences(of: "keywords: [help]", with: "keywords: []")]) { $1 })
        let marks = f.lint().compactMap(\.mark)
        #expect(marks.map(\.file) == marks.map(\.file).sorted())
    }
}
