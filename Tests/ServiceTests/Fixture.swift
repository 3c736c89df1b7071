import Foundation
import Inference
import KnowledgeBase
@testable import Service

/// The bundled knowledge, loaded once for the in-process tests.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Knowledge").path

    static let knowledge: LoadedKnowledge = {
        do { return try LoadedKnowledge.load(root, language: .ja) } catch { fatalError("\(error)") }
    }()

    static var compiled: CompiledKnowledge { knowledge.compiled }

    /// The first question of `tree` with `facts` given.
    static func question(_ tree: String, _ facts: [String: String] = [:]) throws -> Question {
        var session = Session(tree: tree)
        for (k, v) in facts { session.record(k, try AnswerReader(knowledge: compiled).value(key: k, text: v), source: .given) }
        guard case .question(let q) = knowledge.engine(allowProbes: false).step(session).status else {
            throw FixtureError("no question in \(tree)")
        }
        return q
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-service-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    struct FixtureError: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }
}
