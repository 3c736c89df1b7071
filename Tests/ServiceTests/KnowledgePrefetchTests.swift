import Foundation
import KnowledgeBase
import Testing
@testable import Service

/// Knowledge loaded ahead is what a load of the same folder and kind gets, once; a load of
/// another folder or kind reads its own.
@Suite struct KnowledgePrefetchTests {
    @Test func aLoadTakesThePrefetchOfItsFolderAndKindOnce() throws {
        let folder = try Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("Knowledge")
        try FileManager.default.copyItem(atPath: Fixture.root, toPath: copy.path)

        KnowledgePrefetch.start(path: copy.path, triage: false)
        // Another kind of the same folder is not the prefetch's, and leaves it waiting.
        let other = try LoadedKnowledge.load(copy.path, language: .ja, triage: true)
        #expect(!other.compiled.examples.isEmpty)
        let taken = try #require(KnowledgePrefetch.take(path: copy.path, triage: false)).get()
        #expect(taken.1.trees.map(\.id) == Fixture.compiled.trees.map(\.id))
        #expect(taken.1.examples.isEmpty)
        #expect(KnowledgePrefetch.take(path: copy.path, triage: false) == nil)

        // What was loaded ahead is what the load returns: the knowledge as the folder has it.
        KnowledgePrefetch.start(path: copy.path, triage: false)
        let loaded = try LoadedKnowledge.load(copy.path, language: .en, triage: false)
        #expect(loaded.compiled.trees.map(\.id) == Fixture.compiled.trees.map(\.id))
        #expect(KnowledgePrefetch.take(path: copy.path, triage: false) == nil)

        // Errors come back as the load would give them.
        try "id: [".write(to: copy.appendingPathComponent("trees/broken.yaml"), atomically: true, encoding: .utf8)
        KnowledgePrefetch.start(path: copy.path, triage: false)
        #expect(throws: KnowledgeError.self) { try LoadedKnowledge.load(copy.path, language: .ja, triage: false) }
        #expect(KnowledgePrefetch.take(path: copy.path, triage: false) == nil)
    }
}
