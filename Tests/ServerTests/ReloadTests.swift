import Foundation
import HummingbirdTesting
import Logging
import Server
import Inference
import Service
import Testing

/// The knowledge is reloaded without a restart: a clean change is served, knowledge with an
/// error is refused (the server keeps what it has and logs why), a session goes on with the
/// revision it began on, and a session that no longer fits is told so, never a 500.
@Suite struct ReloadTests {
    /// A copy of the bundled knowledge to change.
    static func copy() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-knowledge-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: TestServer.knowledgeRoot), to: folder)
        return folder
    }

    static func edit(_ folder: URL, _ file: String, _ change: (String) -> String) throws {
        let url = folder.appendingPathComponent(file)
        try change(try String(contentsOf: url, encoding: .utf8)).write(to: url, atomically: true, encoding: .utf8)
    }

    static let codeExpired = "trees/activation/code-expired.yaml"

    static func title(_ client: any TestClientProtocol, _ tree: String) async throws -> String? {
        let trees = try await client.json(.get, "/v1/trees?lang=en").object["trees"] as? [[String: Any]] ?? []
        return (trees.first { $0["id"] as? String == tree }?["title"] as? [String: String])?["en"]
    }

    @Test func aCleanChangeIsServedAndABrokenOneRefused() async throws {
        let folder = try Self.copy()
        defer { try? FileManager.default.removeItem(at: folder) }
        let knowledge = try LoadedKnowledge.load(folder.path, language: .ja)
        let t = try TestServer(state: KnowledgeState(.init(knowledge: knowledge, revision: "first")))
        defer { t.remove() }
        let logger = Logger(label: "reload") { _ in CapturingLogHandler(capture: t.log) }
        let reloader = KnowledgeReloader(path: folder.path, state: t.server.state, logger: logger)

        try await t.test { client in
            #expect(try await Self.title(client, "code-expired") == "The confirmation code has expired")
            // A session begun on the first revision.
            let created = try await client.json(.post, "/v1/sessions", #"{"tree": "start", "lang": "en"}"#)
            let id = try #require(created.object["id"] as? String)
            let question = try #require(created.questionKey)
            let revisionBefore = t.server.state.current.revision

            try Self.edit(folder, Self.codeExpired) { $0.replacingOccurrences(of: "en: The confirmation code has expired", with: "en: The code has expired") }
            guard case .reloaded(let revision) = reloader.reload() else { Issue.record("not reloaded"); return }
            #expect(t.server.state.current.revision == revision)
            #expect(try await Self.title(client, "code-expired") == "The code has expired")
            #expect(t.log.text.contains("knowledge reloaded"))
            #expect(reloader.reload() == .unchanged)

            // The session goes on, on the revision it began with.
            let read = try await client.json(.get, "/v1/sessions/\(id)")
            #expect(read.status == .ok)
            #expect(read.questionKey == question)
            #expect(try await t.server.stores.sessions.load(id)?.revision == revisionBefore)
            let answered = try await client.json(.post, "/v1/sessions/\(id)/answers", #"{"key": "\#(question)", "value": true}"#)
            #expect(answered.status == .ok)
            #expect(try await t.server.stores.sessions.load(id)?.revision == revisionBefore)
            // A session begun now is walked on the new revision.
            let fresh = try await client.json(.post, "/v1/sessions", #"{"tree": "start"}"#)
            let freshID = try #require(fresh.object["id"] as? String)
            #expect(try await t.server.stores.sessions.load(freshID)?.revision == revision)

            // A tree that no longer parses: refused, logged, the server keeps what it has.
            try Self.edit(folder, Self.codeExpired) { $0.replacingOccurrences(of: "start: resend", with: "start: [resend") }
            guard case .refused = reloader.reload() else { Issue.record("broken knowledge was served"); return }
            #expect(t.server.state.current.revision == revision)
            #expect(try await Self.title(client, "code-expired") == "The code has expired")
            #expect(t.log.text.contains("knowledge not reloaded"))
            // A tree pointing at a node that does not exist is a lint error: refused too.
            try Self.edit(folder, Self.codeExpired) { $0.replacingOccurrences(of: "start: [resend", with: "start: no-such-node") }
            guard case .refused = reloader.reload() else { Issue.record("knowledge with a lint error was served"); return }
            #expect(t.server.state.current.revision == revision)
        }
    }

    @Test func aSessionThatNoLongerFitsIsToldSo() async throws {
        let t = try TestServer()
        defer { t.remove() }
        // A session kept on a revision this server does not hold, in an entry the knowledge no
        // longer has (retired while the server was down).
        let retired = SavedSession(
            id: "0123456789abcdef0123456789abcdef", session: Session(tree: "retired-entry"), language: .en, knowledge: TestServer.knowledge.compiled)
        let kept = try await t.database.stores.sessions.save(
            retired, revision: "an-older-revision", progress: SessionProgress(status: "question", entryTree: "retired-entry"), answer: nil,
            expecting: nil)
        #expect(kept == 1)
        try await t.test { client in
            let api = try await client.json(.get, "/v1/sessions/\(retired.id)")
            #expect(api.status == .gone)
            #expect(api.errorCode == "session_outdated")
            let answer = try await client.json(.post, "/v1/sessions/\(retired.id)/answers", #"{"key": "activation_done", "value": true}"#)
            #expect(answer.status == .gone)
            let page = try await client.page("/s/\(retired.id)")
            #expect(page.status == .gone)
            #expect(page.text.contains(#"<a href="/?lang=ja">"#))
        }
    }
}
