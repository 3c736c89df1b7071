import Foundation
import GRDB
import Service

/// Sessions in the `session` table: the `SavedSession` as JSON (secret facts are left out by
/// `SavedSession` itself, whoever calls), with its progress in columns for the statistics.
public struct SQLiteSessionStore: ServerSessionStore {
    let database: SQLiteDatabase

    public init(database: SQLiteDatabase) {
        self.database = database
    }

    public func save(_ session: SavedSession) throws(StoreError) {
        try write(session, progress: nil)
    }

    public func save(_ session: SavedSession, progress: SessionProgress) throws(StoreError) {
        try write(session, progress: progress)
    }

    public func load(_ id: String) throws(StoreError) -> SavedSession? {
        let text = try database.read { db in try String.fetchOne(db, sql: "SELECT saved FROM session WHERE id = ?", arguments: [id]) }
        guard let text else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(SavedSession.self, from: Data(text.utf8))
        } catch {
            throw StoreError("the session \(id) in the database cannot be read")
        }
    }

    public func delete(_ id: String) throws(StoreError) {
        try database.write { db in try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [id]) }
    }

    func write(_ session: SavedSession, progress: SessionProgress?) throws(StoreError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let json: String
        do { json = String(decoding: try encoder.encode(session), as: UTF8.self) } catch { throw StoreError("the session could not be encoded") }
        let now = Timestamp.text(session.savedAt)
        let id = session.id, tree = session.tree, language = session.language.rawValue
        try database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO session (id, start_tree, language, created_at, updated_at, saved)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET start_tree = excluded.start_tree, language = excluded.language,
                        updated_at = excluded.updated_at, saved = excluded.saved
                    """,
                arguments: [id, tree, language, now, now, json])
            if let progress {
                try db.execute(
                    sql: "UPDATE session SET status = ?, entry_tree = ?, ending_tree = ?, ending_kind = ? WHERE id = ?",
                    arguments: [progress.status, progress.entryTree, progress.endingTree, progress.endingKind, id])
            }
        }
    }

    /// The progress recorded for `id`.
    public func progress(_ id: String) throws(StoreError) -> SessionProgress? {
        try database.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT status, entry_tree, ending_tree, ending_kind FROM session WHERE id = ?", arguments: [id]),
                let status: String = row["status"], let entry: String = row["entry_tree"]
            else { return nil }
            return SessionProgress(status: status, entryTree: entry, endingTree: row["ending_tree"], endingKind: row["ending_kind"])
        }
    }
}
