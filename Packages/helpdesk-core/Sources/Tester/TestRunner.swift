import Inference
import KnowledgeBase
import Service

/// The outcome of one knowledge test.
public struct TestOutcome: Sendable {
    public var test: KnowledgeTest
    /// Empty when the test passed.
    public var failures: [String]
    /// The path the walk took: decisions and steps as `<tree>/<node>`, then where it ended.
    public var path: [String]
    /// Where the walk ended: `conclusion <tree>/<node>`, `question <key>` or `error …`.
    public var end: String

    public var passed: Bool { failures.isEmpty }
}

/// Runs knowledge tests on the engine, with probes off, and records coverage.
public struct TestRunner: Sendable {
    public let engine: Engine

    public init(knowledge: CompiledKnowledge, derivations: DerivationRegistry) {
        engine = Engine(knowledge: knowledge, derivations: derivations, allowProbes: false)
    }

    public func run(_ tests: [KnowledgeTest], coverage: inout Coverage) -> [TestOutcome] {
        tests.map { run($0, coverage: &coverage) }
    }

    public func run(_ test: KnowledgeTest, coverage: inout Coverage) -> TestOutcome {
        var outcome = TestOutcome(test: test, failures: [], path: [], end: "")
        let k = engine.knowledge
        guard k.tree(test.tree.name) != nil else {
            outcome.failures.append("no tree '\(test.tree.name)'")
            outcome.end = "error"
            return outcome
        }
        var session = Session(tree: test.tree.name)
        for value in test.given {
            switch parse(value) {
            case .success(let v): session.record(value.key, v, source: .given)
            case .failure(let e): outcome.failures.append("given \(e.message)")
            }
        }
        var answers: [String: KnowledgeTest.Value] = [:]
        for value in test.answers { answers[value.key] = value }
        var asked: [String] = []
        var result = engine.step(session)
        walk: while true {
            switch result.status {
            case .question(let q):
                guard let answer = answers[q.key], !asked.contains(q.key) else {
                    outcome.end = "question \(q.key)"
                    coverage.visit(tree: q.tree, node: q.node)
                    break walk
                }
                asked.append(q.key)
                switch parse(answer) {
                case .success(let v): session.record(q.key, v, source: .asked)
                case .failure(let e):
                    outcome.failures.append("answer \(e.message)")
                    outcome.end = "error"
                    break walk
                }
                result = engine.step(session)
            case .probe(let fact, _):
                // Probes are off in tests; this cannot happen, but never loop on it.
                session.probed.insert(fact)
                result = engine.step(session)
            case .conclusion(let e):
                outcome.end = "conclusion \(e.tree)/\(e.node)"
                coverage.visit(tree: e.tree, node: e.node)
                break walk
            case .error(let e):
                outcome.end = "error: \(e.message)"
                outcome.failures.append(e.message)
                break walk
            }
        }
        coverage.record(result.trace, knowledge: k)
        outcome.path = result.trace.map { "\($0.tree)/\($0.node)" }
        check(test.expect, result: result, asked: asked, outcome: &outcome)
        for key in answers.keys.sorted() where !asked.contains(key) && test.given.allSatisfy({ $0.key != key }) {
            // An answer never asked for is a sign the test and the tree have drifted apart.
            if !test.expect.notAsked.contains(key) { outcome.failures.append("answer '\(key)' was never asked for") }
        }
        return outcome
    }

    private func check(_ expect: KnowledgeTest.Expectation, result: StepResult, asked: [String], outcome: inout TestOutcome) {
        if let conclusion = expect.conclusion, outcome.end != "conclusion \(conclusion)" {
            outcome.failures.append("expected conclusion \(conclusion), got \(outcome.end)")
        }
        if let question = expect.question, outcome.end != "question \(question)" {
            outcome.failures.append("expected question \(question), got \(outcome.end)")
        }
        if let shown = expect.shown, shown != result.shown {
            outcome.failures.append("expected steps shown [\(shown.joined(separator: ", "))], got [\(result.shown.joined(separator: ", "))]")
        }
        if let entered = expect.entered {
            let actual = result.trace.filter { $0.action == .entered }.compactMap(\.to)
            if entered != actual {
                outcome.failures.append("expected trees entered [\(entered.joined(separator: ", "))], got [\(actual.joined(separator: ", "))]")
            }
        }
        let questions = Set(asked).union(outcome.end.hasPrefix("question ") ? [String(outcome.end.dropFirst(9))] : [])
        for key in expect.asked where !questions.contains(key) {
            outcome.failures.append("expected '\(key)' to be asked; it was not")
        }
        for key in expect.notAsked where questions.contains(key) {
            outcome.failures.append("expected '\(key)' not to be asked; it was")
        }
    }

    /// A value typed for its fact, or yes/no for a step's outcome, read as every surface reads it.
    private func parse(_ value: KnowledgeTest.Value) -> Result<FactValue, TextError> {
        do {
            let reader = AnswerReader(knowledge: engine.knowledge)
            if value.unknown { return .success(try reader.unknownEntry(key: value.key).value) }
            return .success(try reader.value(key: value.key, text: value.text))
        } catch {
            return .failure(TextError(message: error.message))
        }
    }

    struct TextError: Error { let message: String }
}
