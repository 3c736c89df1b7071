import Foundation
import GRDB
import Service

/// Triaged tickets in the `ticket` table: the redacted text and the triage JSON, by id.
public struct SQLiteTicketStore: TicketStore {
    let database: SQLiteDatabase

    public init(database: SQLiteDatabase) {
        self.database = database
    }

    public func add(_ ticket: StoredTicket) async throws(StoreError) {
        let triage = String(decoding: ticket.triageJSON, as: UTF8.self)
        try await database.execute(
            "INSERT INTO ticket (id, created_at, language, redacted_text, triage, first_tree) VALUES (?, ?, ?, ?, ?, ?)",
            [ticket.id, Timestamp.text(ticket.createdAt), ticket.language, ticket.redactedText, triage, ticket.firstTree])
    }

    public func ticket(_ id: String) async throws(StoreError) -> StoredTicket? {
        try await database.fetchOne("SELECT * FROM ticket WHERE id = ?", [id]) { row in
            let triage: String = row["triage"]
            return StoredTicket(
                id: row["id"], createdAt: Timestamp.date(row["created_at"]) ?? Date(timeIntervalSince1970: 0), language: row["language"],
                redactedText: row["redacted_text"], triageJSON: Data(triage.utf8), firstTree: row["first_tree"])
        }
    }

    public func recent(limit: Int) async throws(StoreError) -> [TicketSummary] {
        try await database.read { db in
            try Row.fetchAll(db, sql: ServerSchema.recentTickets + " ?", arguments: [limit]).map { row in
                TicketSummary(
                    id: row["id"], createdAt: Timestamp.date(row["created_at"]) ?? Date(timeIntervalSince1970: 0), firstTree: row["first_tree"],
                    chosenTree: row["chosen"], outcome: row["outcome"])
            }
        }
    }
}
