import Foundation
import GRDB
import Service
import Testing

@testable import Server

/// While a SQLite server runs, its log is checkpointed beside the writer and still starts over
/// while writes keep coming; the writer's own checkpoint is back afterwards.
@Suite struct WALCheckpointerTests {
    static func autocheckpoint(_ database: SQLiteDatabase) throws -> Int {
        try database.pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? -1 }
    }

    /// The log header's salts, which SQLite draws anew each time the log starts over.
    static func logSalts(_ database: SQLiteDatabase) -> Data? {
        guard let file = FileHandle(forReadingAtPath: database.path + "-wal") else { return nil }
        defer { try? file.close() }
        guard let header = try? file.read(upToCount: 24), header.count == 24 else { return nil }
        return header.subdata(in: 16..<24)
    }

    @Test func logStartsOverUnderWritesAndCommitsAreKept() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-wal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let server = try ServerDatabase.open(url: nil, directory: directory, logger: TestDatabase.logger)
        guard case .sqlite(let database) = server else { Issue.record("not SQLite"); return }
        #expect(try Self.autocheckpoint(database) == WALCheckpointer.sqliteDefault)

        let triage = Data(String(repeating: "x", count: 3_000).utf8)  // a kept triage is about 3 KB
        let (written, salts) = try await server.run { stores in
            // The checkpointer turns the writer's checkpoint off before it starts.
            for _ in 0..<1_000 where try Self.autocheckpoint(database) != 0 { try await Task.sleep(for: .milliseconds(5)) }
            #expect(try Self.autocheckpoint(database) == 0)
            // Writes without a pause (about 4 pages of log each), until the log has started over
            // three times, or 10 s. A passive checkpoint alone never lets it start over while
            // writes keep coming: it grew to 77 MB over 3,000 tickets when the writer's catch-up
            // was disabled. How often it starts over depends on how busy the machine is.
            var salts: Set<Data> = []
            var written = 0
            let deadline = ContinuousClock.now + .seconds(10)
            while salts.count < 4, written < 3_000 || ContinuousClock.now < deadline {
                try await stores.tickets.add(
                    StoredTicket(
                        id: "t\(written)", createdAt: Date(), language: "en", redactedText: "ticket \(written)", triageJSON: triage,
                        firstTree: "login-fails"))
                written += 1
                if written % 50 == 0, let salt = Self.logSalts(database) { salts.insert(salt) }
                if written >= 3_000, ContinuousClock.now >= deadline { break }
            }
            return (written, salts.count)
        }
        #expect(salts >= 4, "the log started over \(salts - 1) times in \(written) writes")
        #expect(try Self.autocheckpoint(database) == WALCheckpointer.sqliteDefault)
        let kept = try await database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ticket") }
        #expect(kept == written)
    }
}
