import Foundation
import Server
import Service
import Testing

/// `helpdesk stats` and `helpdesk examples export` read a server's data.
@Suite struct StatsExportCommandTests {
    /// A data folder as a server leaves it: two tickets, both confirmed by agents, one of them
    /// with a secret the server redacted; a session.
    static func data() async throws -> URL {
        let folder = try CLI.temporaryDirectory().appendingPathComponent("data")
        try DataDirectory.prepare(folder)
        let stores = try SQLiteDatabase(directory: folder).stores
        let tickets: [(String, String, String, String)] = [
            ("t1", "ja", "ワンタイムパスワードの期限が切れました。パスワードは [REDACTED] です。", "code-expired"),
            ("t2", "en", "My \"code\" never arrives\non my phone", "otp-not-received"),
        ]
        for (id, language, text, tree) in tickets {
            try await stores.tickets.add(StoredTicket(id: id, createdAt: Date(), language: language, redactedText: text, triageJSON: Data("{}".utf8), firstTree: "code-expired"))
            try await stores.feedback.add(Feedback(ticket: id, session: nil, tree: tree, outcome: .resolved))
        }
        return folder
    }

    @Test func statsInTextAndJSON() async throws {
        let folder = try await Self.data()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let text = try CLI.run(["stats", "--data", folder.path, "--lang", "en", "--knowledge", CLI.knowledge])
        #expect(text.status == 0)
        #expect(text.stdout.contains("tickets: 2 triaged, agents chose another entry on 1 (50%)"))
        let json = try CLI.run(["stats", "--data", folder.path, "--json", "--knowledge", CLI.knowledge])
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["version"] as? Int == 1)
        let totals = object?["totals"] as? [String: Any]
        #expect((totals?["triage"] as? [String: Int])?["agent_chose_other"] == 1)
        // No data there: said plainly, exit 2, nothing created.
        let none = try CLI.run(["stats", "--data", folder.path + "-none", "--knowledge", CLI.knowledge])
        #expect(none.status == 2)
        #expect(none.stderr.contains("no server data"))
        #expect(!FileManager.default.fileExists(atPath: folder.path + "-none"))
    }

    @Test func exportWritesExampleFilesTheKnowledgeReads() async throws {
        let folder = try await Self.data()
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let printed = try CLI.run(["examples", "export", "--data", folder.path, "--knowledge", CLI.knowledge])
        #expect(printed.status == 0)
        #expect(printed.stdout.contains("# examples/code-expired.yaml"))
        #expect(printed.stdout.contains("[REDACTED]"))
        #expect(!printed.stdout.contains("[[REDACTED]]"))

        // Into a copy of the knowledge's examples folder: the files are read back as examples,
        // and the knowledge still lints clean.
        let knowledge = folder.deletingLastPathComponent().appendingPathComponent("knowledge")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: CLI.knowledge), to: knowledge)
        let out = folder.deletingLastPathComponent().appendingPathComponent("new-examples")
        let written = try CLI.run(["examples", "export", "--data", folder.path, "--knowledge", CLI.knowledge, "-o", out.path])
        #expect(written.status == 0)
        let file = out.appendingPathComponent("otp-not-received.yaml")
        let yaml = try String(contentsOf: file, encoding: .utf8)
        #expect(yaml.contains(#"text: "My \"code\" never arrives\non my phone""#))
        // Merged by an editor into the knowledge: lint and the loader take it.
        let target = knowledge.appendingPathComponent("examples/otp-not-received.yaml")
        let existing = try String(contentsOf: target, encoding: .utf8)
        let added = yaml.components(separatedBy: "examples:\n")[1]
        try (existing.hasSuffix("\n") ? existing : existing + "\n").appending(added).write(to: target, atomically: true, encoding: .utf8)
        let lint = try CLI.run(["lint", "--strict", knowledge.path])
        #expect(lint.status == 0, "\(lint.output)")
        // Again into the same folder: nothing is overwritten.
        let again = try CLI.run(["examples", "export", "--data", folder.path, "--knowledge", CLI.knowledge, "-o", out.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("not overwritten"))
        // The texts now in the knowledge are not exported again.
        let known = try CLI.run(["examples", "export", "--data", folder.path, "--knowledge", knowledge.path])
        #expect(!known.stdout.contains("never arrives"))
    }
}
