import Foundation
import Testing
import KnowledgeBase
@testable import Inference

/// A small knowledge base with every node kind, a derived fact, a probed fact and a secret.
enum Sample {
    static let files: [String: String] = [
        "facts.yaml": """
            facts:
              done: {type: bool, prompt: {ja: 完了?, en: Done?}}
              step: {type: choice, prompt: {ja: 手順?, en: Step?}, values: {one: {ja: 一, en: One}, two: {ja: 二, en: Two}}}
              minutes: {type: number, prompt: {ja: 何分?, en: Minutes?}}
              late: {type: bool, derive: test.late, from: [minutes], ask: inputs}
              campus: {type: bool, probe: network, prompt: {ja: 学内?, en: On campus?}}
              key: {type: secret, prompt: {ja: キー, en: Key}}
              key_bad: {type: bool, derive: test.key_bad, from: [key], ask: inputs}
            """,
        "site.yaml": """
            omuid_patterns: []
            fallback_tree: help
            links: {form: {title: {ja: フォーム, en: Form}}}
            contact: {form: form, categories: {account: {label: {ja: アカウント, en: Account}}}}
            """,
        "trees/help.yaml": """
            id: help
            title: {ja: 問い合わせ, en: Contact}
            keywords: [help]
            start: ask
            nodes:
              ask: {conclude: escalation, contact: account, links: [form], text: {ja: 問い合わせて, en: Contact us}}
            """,
        "trees/main.yaml": """
            id: main
            title: {ja: 本体, en: Main}
            keywords: [main]
            start: done
            nodes:
              done:
                decide: done
                cases: {true: which, false: sub}
                why: {ja: 完了で分かれる, en: It depends on being done}
              which:
                decide: step
                cases: {one: try, two: late}
              try:
                step: {ja: やってみて, en: Try this}
                links: [form]
                unresolved: fixed
              fixed: {conclude: remedy, text: {ja: 直した, en: Fixed}}
              late:
                decide: late
                cases: {true: answer, false: campus}
              answer: {conclude: answer, text: {ja: 答え, en: Answer}}
              campus:
                decide: campus
                cases: {true: key, false: answer}
              key:
                decide: key_bad
                cases: {true: fixed, false: answer}
              sub:
                goto: sub
                next: after
              after: {conclude: answer, text: {ja: 戻った, en: Came back}}
            """,
        "trees/sub.yaml": """
            id: sub
            title: {ja: 下位, en: Sub}
            keywords: [sub]
            start: first
            nodes:
              first:
                step: {ja: 最初に, en: First}
            """,
    ]

    static func registry() -> DerivationRegistry {
        var r = DerivationRegistry()
        r.register(derivation: "test.late") { facts in facts["minutes"]?.numberValue.map { .bool($0 > 5) } }
        r.register(derivation: "test.key_bad") { facts in facts["key"]?.textValue.map { .bool($0.hasPrefix(" ")) } }
        r.register(probe: "network") { nil }
        return r
    }

    static let knowledge: CompiledKnowledge = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("inference-\(UUID().uuidString)")
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try! FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! text.write(to: url, atomically: true, encoding: .utf8)
        }
        let load = KnowledgeLoader().load(root.path)
        do {
            return try Compiler.compile(load, registered: registry().names)
        } catch {
            fatalError("sample knowledge does not compile: \(error)")
        }
    }()

    static func engine(probes: Bool = false, maxVisits: Int = 1_000) -> Engine {
        Engine(knowledge: knowledge, derivations: registry(), allowProbes: probes, maxVisits: maxVisits)
    }
}

extension StepResult {
    var question: Question? {
        if case .question(let q) = status { return q }
        return nil
    }

    var ending: Ending? {
        if case .conclusion(let e) = status { return e }
        return nil
    }
}

@Suite struct EngineTests {
    let engine = Sample.engine()

    @Test func asksTheFirstUnknownFact() throws {
        let r = engine.step(Session(tree: "main"))
        let q = try #require(r.question)
        #expect(q.key == "done" && q.kind == .fact && q.type == .bool)
        #expect(q.prompt?.en == "Done?")
        #expect(r.trace.isEmpty)
    }

    @Test func aKnownFactIsNeverAsked() throws {
        let r = engine.step(Session(tree: "main", entries: [.init(key: "done", value: .bool(true), source: .given)]))
        let q = try #require(r.question)
        #expect(q.key == "step")
        #expect(q.choices.map(\.id) == ["one", "two"])
        #expect(r.trace.first?.source == .given)
        #expect(r.trace.first?.to == "which")
    }

    @Test func stepAsksOutcomeThenConcludes() throws {
        var s = Session(tree: "main", entries: [.init(key: "done", value: .bool(true), source: .given)])
        s.record("step", .choice("one"), source: .asked)
        let q = try #require(engine.step(s).question)
        #expect(q.kind == .outcome && q.key == "main/try")
        #expect(q.instruction?.ja == "やってみて")
        #expect(q.links == ["form"])
        var fixed = s
        fixed.record("main/try", .bool(true), source: .asked)
        let yes = try #require(engine.step(fixed).ending)
        #expect(yes.kind == .resolved && yes.node == "try")
        s.record("main/try", .bool(false), source: .asked)
        let r = engine.step(s)
        #expect(r.ending?.node == "fixed" && r.ending?.kind == .remedy)
        #expect(r.shown == ["main/try"])
    }

    @Test func gotoComesBackToNext() throws {
        var s = Session(tree: "main")
        s.record("done", .bool(false), source: .asked)
        let q = try #require(engine.step(s).question)
        #expect(q.key == "sub/first" && q.tree == "sub")
        s.record("sub/first", .bool(false), source: .asked)
        let r = engine.step(s)
        #expect(r.ending?.tree == "main" && r.ending?.node == "after")
        #expect(r.trace.map(\.action) == [.decided, .entered, .stepped, .returned])
    }

    @Test func runningOutOfHelpGoesToTheFallbackTree() throws {
        var s = Session(tree: "sub")
        s.record("sub/first", .bool(false), source: .asked)
        let r = engine.step(s)
        #expect(r.ending?.tree == "help" && r.ending?.kind == .escalation && r.ending?.contact == "account")
    }

    @Test func derivedFactAsksItsInputsAndKeepsProvenance() throws {
        var s = Session(tree: "main", entries: [.init(key: "done", value: .bool(true), source: .given)])
        s.record("step", .choice("two"), source: .asked)
        let q = try #require(engine.step(s).question)
        #expect(q.key == "minutes" && q.forFact == "late")
        s.record("minutes", .number(9), source: .asked)
        let r = engine.step(s)
        #expect(r.ending?.node == "answer")
        #expect(r.known["late"]?.source == .derived)
        #expect(r.known["late"]?.value == .bool(true))
        #expect(r.trace.last?.fact == "late" && r.trace.last?.source == .derived)
    }

    @Test func probeComesBeforeAskingAndIsAskedOnlyOnce() throws {
        let probing = Sample.engine(probes: true)
        var s = Session(tree: "main", entries: [
            .init(key: "done", value: .bool(true), source: .given), .init(key: "step", value: .choice("two"), source: .given),
            .init(key: "minutes", value: .number(1), source: .given),
        ])
        guard case .probe(let fact, let probe) = probing.step(s).status else { Issue.record("no probe"); return }
        #expect(fact == "campus" && probe == "network")
        s.probed.insert("campus")
        #expect(probing.step(s).question?.key == "campus")
        s.record("campus", .bool(false), source: .probed, how: "wifi OMUNET absent")
        let r = probing.step(s)
        #expect(r.ending?.node == "answer")
        #expect(r.trace.last?.how == "wifi OMUNET absent")
        // Without probes the question is asked at once.
        s.probed = []
        s.entries.removeLast()
        #expect(engine.step(s).question?.key == "campus")
    }

    @Test func secretInputIsAskedForItsDerivedFact() throws {
        let s = Session(tree: "main", entries: [
            .init(key: "done", value: .bool(true), source: .given), .init(key: "step", value: .choice("two"), source: .given),
            .init(key: "minutes", value: .number(1), source: .given), .init(key: "campus", value: .bool(true), source: .given),
        ])
        let q = try #require(engine.step(s).question)
        #expect(q.key == "key" && q.type == .secret && q.forFact == "key_bad")
        var answered = s
        answered.record("key", .text(" ABC"), source: .asked)
        #expect(engine.step(answered).ending?.node == "fixed")
    }

    @Test func sameSessionSameResult() throws {
        var s = Session(tree: "main")
        s.record("done", .bool(true), source: .asked)
        s.record("step", .choice("two"), source: .asked)
        let a = engine.step(s), b = engine.step(s)
        #expect(a.trace == b.trace)
        #expect(a.question == b.question)
    }

    @Test func unknownTreeIsAnError() {
        guard case .error(let e) = engine.step(Session(tree: "nope")).status else { Issue.record("no error"); return }
        #expect(e.message == "no tree 'nope'")
    }

    @Test func walkIsBounded() {
        var s = Session(tree: "main")
        s.record("done", .bool(false), source: .asked)
        s.record("sub/first", .bool(false), source: .asked)
        guard case .error(let e) = Sample.engine(maxVisits: 2).step(s).status else { Issue.record("not bounded"); return }
        #expect(e.message == "the walk went past 2 nodes and was stopped")
    }

    @Test func undoAndBack() {
        var s = Session(tree: "main", entries: [.init(key: "done", value: .bool(true), source: .given)])
        s.record("step", .choice("two"), source: .asked)
        s.record("minutes", .number(3), source: .asked)
        let undone = s.undo()
        #expect(undone)
        #expect(s.answered.map(\.key) == ["step"])
        s.record("minutes", .number(3), source: .asked)
        let wentBack = s.back(to: "step")
        #expect(wentBack)
        #expect(s.answered.isEmpty)
        #expect(s.entries.map(\.key) == ["done"])
        let undoneAgain = s.undo(), backToGiven = s.back(to: "done")
        #expect(!undoneAgain && !backToGiven)
    }

    @Test func whyNamesTheCheckAndEachBranch() throws {
        let r = engine.step(Session(tree: "main"))
        let why = try #require(Explanation.why(r, knowledge: Sample.knowledge))
        #expect(why.fact == "done" && why.node == "done")
        #expect(why.reason?.en == "It depends on being done")
        #expect(why.branches.map(\.value) == ["true", "false"])
        guard case .check(let fact, _) = why.branches[0].leadsTo else { Issue.record("true branch"); return }
        #expect(fact == "step")
        guard case .tree(let id, _) = why.branches[1].leadsTo else { Issue.record("false branch"); return }
        #expect(id == "sub")
    }

    @Test func whyOfAStep() throws {
        var s = Session(tree: "sub")
        let why = try #require(Explanation.why(engine.step(s), knowledge: Sample.knowledge))
        guard case .resolved = why.branches[0].leadsTo, case .returns(let fallback) = why.branches[1].leadsTo else {
            Issue.record("branches \(why.branches)"); return
        }
        #expect(fallback == "help")
        s.record("sub/first", .bool(true), source: .asked)
        #expect(Explanation.why(engine.step(s), knowledge: Sample.knowledge) == nil)
    }

    @Test func howListsFactsWithProvenance() throws {
        var s = Session(tree: "main", entries: [.init(key: "done", value: .bool(true), source: .given)])
        s.record("step", .choice("two"), source: .asked)
        s.record("minutes", .number(9), source: .extracted)
        let how = Explanation.how(engine.step(s), knowledge: Sample.knowledge)
        #expect(how.facts.map(\.key) == ["done", "step", "minutes", "late"])
        #expect(how.facts.map(\.source) == [.given, .asked, .extracted, .derived])
    }
}
