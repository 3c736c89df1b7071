import Foundation
import KnowledgeBase
import Service

/// The knowledge tests of a folder (`<folder>/tests/*.yaml`), run on its knowledge.
public enum KnowledgeSuite {
    /// Why the tests could not run: the knowledge does not load, or a test file has errors.
    public enum Failure: Error, CustomStringConvertible {
        case knowledge(KnowledgeError)
        case tests([Diagnostic])

        public var description: String {
            switch self {
            case .knowledge(let e): return e.description
            case .tests(let d): return d.map(\.description).joined(separator: "\n")
            }
        }
    }

    public static func run(
        folder: String, withCoverage: Bool = false, minimum: Double? = nil, verbose: Bool = false
    ) throws(Failure) -> TestReport {
        let knowledge: LoadedKnowledge
        do {
            knowledge = try LoadedKnowledge.load(folder, language: .ja)
        } catch {
            throw .knowledge(error)
        }
        let loaded = TestsDecoder.load(folder: (folder as NSString).appendingPathComponent("tests"))
        guard loaded.diagnostics.isEmpty else { throw .tests(loaded.diagnostics) }
        var cover = Coverage()
        let outcomes = TestRunner(knowledge: knowledge.compiled, derivations: knowledge.derivations).run(loaded.tests, coverage: &cover)
        return TestReport(
            outcomes: outcomes, coverage: cover, knowledge: knowledge.compiled, withCoverage: withCoverage, minimum: minimum, verbose: verbose)
    }
}
