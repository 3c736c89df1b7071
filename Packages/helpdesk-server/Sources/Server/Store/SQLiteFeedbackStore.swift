import Foundation
import GRDB
import Service

/// Agents' feedback in the `feedback` table.
public struct SQLiteFeedbackStore: FeedbackStore {
    let database: SQLiteDatabase

    public init(database: SQLiteDatabase) {
        self.database = database
    }

    @discardableResult
    public func add(_ feedback: Feedback) async throws(StoreError) -> Int64 {
        try await database.write { db in
            try db.execute(
                sql: "INSERT INTO feedback (created_at, ticket_id, session_id, tree, outcome) VALUES (?, ?, ?, ?, ?)",
                arguments: [Timestamp.text(feedback.createdAt), feedback.ticket, feedback.session, feedback.tree, feedback.outcome.rawValue])
            return db.lastInsertedRowID
        }
    }

    public func confirmedTickets() async throws(StoreError) -> [ConfirmedTicket] {
        try await database.read { db in
            try Row.fetchAll(db, sql: ServerSchema.confirmedTickets).map { row in
                ConfirmedTicket(id: row["id"], language: row["language"], redactedText: row["redacted_text"], tree: row["tree"], outcome: row["outcome"])
            }
        }
    }
}
