import Foundation
import GRDB
import Service

/// Sessions in the `session` table: the `SavedSession` as JSON (secret facts are left out by
/// `SavedSession` itself, whoever calls), with its progress in columns and its answers' events
/// in `answer_event`, for the statistics.
public struct SQLiteSessionStore: ServerSessionStore {
    let database: SQLiteDatabase

    public init(database: SQLiteDatabase) {
        self.database = database
    }

    public func load(_ id: String) async throws(StoreError) -> StoredSession? {
        let row = try await database.fetchOne("SELECT saved, revision, version FROM session WHERE id = ?", [id]) { row -> (String, String?, Int) in
            (row["saved"], row["revision"], row["version"])
        }
        guard let (text, revision, version) = row else { return nil }
        return StoredSession(saved: try SessionJSON.decode(text, id: id), revision: revision, version: version)
    }

    public func save(_ session: SavedSession, revision: String, progress: SessionProgress, answer: AnswerEvent?, expecting: Int?)
        async throws(StoreError) -> Int?
    {
        let json = try SessionJSON.encode(session)
        let now = Timestamp.text(session.savedAt)
        let id = session.id, tree = session.tree, language = session.language.rawValue
        return try await database.write { db -> Int? in
            if let expecting {
                try db.cachedStatement(
                    sql: """
                        UPDATE session SET start_tree = ?, language = ?, updated_at = ?, saved = ?, revision = ?, status = ?,
                            entry_tree = ?, ending_tree = ?, ending_kind = ?, answers = ?, node = ?, version = version + 1
                        WHERE id = ? AND version = ?
                        """
                ).execute(
                    arguments: [
                        tree, language, now, json, revision, progress.status, progress.entryTree, progress.endingTree, progress.endingKind,
                        progress.answers, progress.node, id, expecting,
                    ])
            } else {
                try db.cachedStatement(
                    sql: """
                        INSERT INTO session (id, start_tree, language, created_at, updated_at, saved, revision,
                            status, entry_tree, ending_tree, ending_kind, answers, node, version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT(id) DO NOTHING
                        """
                ).execute(
                    arguments: [
                        id, tree, language, now, now, json, revision, progress.status, progress.entryTree, progress.endingTree,
                        progress.endingKind, progress.answers, progress.node,
                    ])
            }
            guard db.changesCount == 1 else { return nil }
            if let answer {
                try db.cachedStatement(sql: "INSERT INTO answer_event (session_id, created_at, tree, fact, unknown) VALUES (?, ?, ?, ?, ?)").execute(
                    arguments: [id, now, answer.tree, answer.key, answer.unknown ? 1 : 0])
            }
            return (expecting ?? 0) + 1
        }
    }

    public func delete(_ id: String) async throws(StoreError) {
        try await database.write { db in try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [id]) }
    }

    public func recent(limit: Int) async throws(StoreError) -> [SessionSummary] {
        try await database.read { db in
            try Row.fetchAll(db, sql: ServerSchema.recentSessions + " ?", arguments: [limit]).map { row in
                SessionSummary(
                    id: row["id"], entryTree: row["entry_tree"], status: row["status"], endingKind: row["ending_kind"],
                    updatedAt: Timestamp.date(row["updated_at"]) ?? Date(timeIntervalSince1970: 0))
            }
        }
    }

    /// The progress recorded for `id`.
    public func progress(_ id: String) async throws(StoreError) -> SessionProgress? {
        try await database.read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT status, entry_tree, ending_tree, ending_kind, answers, node FROM session WHERE id = ?", arguments: [id]),
                let status: String = row["status"], let entry: String = row["entry_tree"]
            else { return nil }
            return SessionProgress(
                status: status, entryTree: entry, endingTree: row["ending_tree"], endingKind: row["ending_kind"], answers: row["answers"],
                node: row["node"])
        }
    }
}

/// A `SavedSession` as the JSON text both databases keep.
enum SessionJSON {
    static func encode(_ session: SavedSession) throws(StoreError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        do { return String(decoding: try encoder.encode(session), as: UTF8.self) } catch { throw StoreError("the session could not be encoded") }
    }

    static func decode(_ text: String, id: String) throws(StoreError) -> SavedSession {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(SavedSession.self, from: Data(text.utf8))
        } catch {
            throw StoreError("the session \(id) in the database cannot be read")
        }
    }
}
