import Foundation
import Inference
import KnowledgeBase
import Testing
@testable import Service

/// Every tree reaches the page's remedies on a surface that keeps no secrets (a server), and
/// whatever the user does not know.
@Suite struct EveryTreeTests {
    enum Answering: String, CaseIterable, Sendable {
        /// Every fact "I don't know", every step "did not help".
        case allUnknown
        /// Every fact its first value, every step "did not help".
        case firstValue
    }

    static let trees = Fixture.compiled.trees.map(\.id)

    /// Walks `tree` to its end with secrets unknown; returns the ending.
    func walk(_ tree: String, _ answering: Answering) throws -> Ending {
        var engine = Fixture.knowledge.engine(allowProbes: false)
        engine.secretsUnknown = true
        var session = Session(tree: tree)
        for _ in 0..<200 {
            let result = engine.step(session)
            switch result.status {
            case .conclusion(let ending):
                return ending
            case .question(let q):
                #expect(q.type != .secret, "\(tree) asked the secret '\(q.key)'")
                if q.kind == .outcome {
                    session.record(q.key, .bool(false), source: .asked)
                } else if answering == .allUnknown {
                    session.record(q.key, .unknown, source: .asked)
                } else if let first = AnswerReader.choiceValues(q).first {
                    session.record(q.key, try AnswerReader(knowledge: Fixture.compiled).value(key: q.key, text: first), source: .asked)
                } else {
                    session.record(q.key, .unknown, source: .asked)
                }
            case .probe(let fact, _):
                session.probed.insert(fact)
            case .error(let e):
                throw Fixture.FixtureError("\(tree): \(e.message)")
            }
        }
        throw Fixture.FixtureError("\(tree) did not end")
    }

    @Test(arguments: trees, Answering.allCases)
    func everyTreeConcludesWithSecretsUnknown(_ tree: String, _ answering: Answering) throws {
        let ending = try walk(tree, answering)
        #expect([.remedy, .answer, .escalation, .resolved].contains(ending.kind))
    }

    /// What each tree implies is never asked, whichever way it is walked.
    @Test(arguments: trees)
    func nothingImpliedIsAsked(_ tree: String) throws {
        let implied = Set(Fixture.compiled.tree(tree)!.tree.implies.map(\.fact.name))
        guard !implied.isEmpty else { return }
        var engine = Fixture.knowledge.engine(allowProbes: false)
        engine.secretsUnknown = true
        var session = Session(tree: tree)
        for _ in 0..<200 {
            guard case .question(let q) = engine.step(session).status else { return }
            #expect(!implied.contains(q.key), "\(tree) asked '\(q.key)', which it implies")
            session.record(q.key, q.kind == .outcome ? .bool(false) : .unknown, source: .asked)
        }
    }
}
