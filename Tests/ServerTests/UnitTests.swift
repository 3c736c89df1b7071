import Foundation
import Server
import Service
import Testing

@Suite struct TokenBucketTests {
    final class Clock: @unchecked Sendable {
        var now = 0.0
    }

    @Test func refillsOverTime() async {
        let clock = Clock()
        let bucket = TokenBucket(settings: .init(capacity: 2, refillPerSecond: 0.5)) { clock.now }
        #expect(await bucket.take("a") == .allowed)
        #expect(await bucket.take("a") == .allowed)
        #expect(await bucket.take("a") == .limited(retryAfter: 2))
        #expect(await bucket.take("b") == .allowed)
        clock.now = 1
        #expect(await bucket.take("a") == .limited(retryAfter: 1))
        clock.now = 2.1
        #expect(await bucket.take("a") == .allowed)
        #expect(await bucket.take("a") == .limited(retryAfter: 2))
    }

    @Test func forgetsFullBuckets() async {
        let clock = Clock()
        let bucket = TokenBucket(settings: .init(capacity: 1, refillPerSecond: 1), sweepAbove: 2) { clock.now }
        for client in ["a", "b", "c"] { _ = await bucket.take(client) }
        #expect(await bucket.clientCount == 3)
        clock.now = 10
        _ = await bucket.take("d")
        #expect(await bucket.clientCount <= 2)
    }
}

@Suite struct AgentTokenTests {
    @Test func comparesWholeTokens() {
        let token = AgentToken("s3cret-token-value")
        #expect(token.matches("s3cret-token-value"))
        #expect(!token.matches("s3cret-token-valuE"))
        #expect(!token.matches("s3cret-token-valu"))
        #expect(!token.matches("s3cret-token-value "))
        #expect(!token.matches(""))
        #expect(token.authorizes("Bearer s3cret-token-value"))
        #expect(token.authorizes("bearer s3cret-token-value"))
        #expect(!token.authorizes("Bearer"))
        #expect(!token.authorizes(nil))
    }

    @Test func generatedOnceStoredPrivately() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-token-\(UUID().uuidString)")
        try DataDirectory.prepare(directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try AgentToken.resolve(directory: directory, environment: [:])
        let path = directory.appendingPathComponent("agent-token").path
        #expect(first.origin == .file(path: path, created: true))
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let text = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(text.count == 64)
        #expect(first.matches(text))
        let again = try AgentToken.resolve(directory: directory, environment: [:])
        #expect(again.origin == .file(path: path, created: false))
        #expect(again.matches(text))
        let fromEnvironment = try AgentToken.resolve(directory: directory, environment: ["HELPDESK_AGENT_TOKEN": "from-env"])
        #expect(fromEnvironment.origin == .environment)
        #expect(fromEnvironment.matches("from-env"))
        #expect(!fromEnvironment.matches(text))
    }
}

@Suite struct DatabaseTests {
    @Test func createdMigratedInWALMode() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-db-\(UUID().uuidString)")
        try DataDirectory.prepare(directory)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try SQLiteDatabase(directory: directory)
        #expect(try database.journalMode() == "wal")
        #expect(
            try database.appliedMigrations() == [
                "v1: sessions, tickets, feedback", "v2: progress, answers' events, knowledge revision", "v3: session version",
            ])
        let attributes = try FileManager.default.attributesOfItem(atPath: database.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        // Opening again migrates nothing and keeps the data.
        try await database.stores.feedback.add(Feedback(ticket: nil, session: nil, tree: "login-fails", outcome: .resolved))
        let again = try SQLiteDatabase(directory: directory)
        #expect(try again.appliedMigrations().count == 3)
        #expect(try await again.stores.stats.statistics(abandonedBefore: Date()).trees["login-fails"]?.feedbackResolved == 1)
    }

    @Test func dataDirectoryDefaults() {
        #expect(DataDirectory.locate(explicit: "/srv/x", environment: [:]).path == "/srv/x")
        #expect(DataDirectory.locate(explicit: nil, environment: ["XDG_DATA_HOME": "/d", "HOME": "/h"]).path == "/d/helpdesk")
        #expect(DataDirectory.locate(explicit: nil, environment: ["HOME": "/h"]).path == "/h/.local/share/helpdesk")
        #expect(DataDirectory.locate(explicit: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]).path == "/h/.local/share/helpdesk")
    }
}
