import Foundation
import GRDB
import Service
import Testing

@testable import Server

/// While a SQLite server runs, its log is checkpointed beside the writer and still starts over:
/// thousands of writes leave a short log, and the writer's own checkpoint is back afterwards.
@Suite struct WALCheckpointerTests {
    static func autocheckpoint(_ database: SQLiteDatabase) throws -> Int {
        try database.pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? -1 }
    }

    static func logBytes(_ database: SQLiteDatabase) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: database.path + "-wal"))?[.size] as? Int) ?? 0
    }

    @Test func logStaysShortAndCommitsAreKept() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-wal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try ServerDatabase.open(url: nil, directory: directory, logger: TestDatabase.logger)
        guard case .sqlite(let database) = server else { Issue.record("not SQLite"); return }
        #expect(try Self.autocheckpoint(database) == WALCheckpointer.sqliteDefault)

        let count = 3_000
        let triage = Data(String(repeating: "x", count: 3_000).utf8)  // a kept triage is about 3 KB
        let longest = try await server.run { stores in
            // The checkpointer turns the writer's checkpoint off before it starts.
            for _ in 0..<1_000 where try Self.autocheckpoint(database) != 0 { try await Task.sleep(for: .milliseconds(5)) }
            #expect(try Self.autocheckpoint(database) == 0)
            var longest = 0
            for index in 0..<count {
                try await stores.tickets.add(
                    StoredTicket(id: "t\(index)", createdAt: Date(), language: "en", redactedText: "ticket \(index)", triageJSON: triage, firstTree: "login-fails"))
                if index % 100 == 0 { longest = max(longest, Self.logBytes(database)) }
            }
            return longest
        }
        // About 4 pages of log a ticket: 48 MB and more had it never started over (77 MB when
        // the writer never finished a checkpoint); a few MB while it does, more when the tests
        // around it starve the checkpointer.
        #expect(longest > 0)
        #expect(longest < 24 << 20, "the log grew to \(longest) bytes")
        #expect(try Self.autocheckpoint(database) == WALCheckpointer.sqliteDefault)
        let kept = try await database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ticket") }
        #expect(kept == count)
    }
}
