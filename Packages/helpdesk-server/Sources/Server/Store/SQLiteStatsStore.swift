import Foundation
import GRDB
import Service

/// The counts agents see, computed by SQL over sessions, answers, tickets and feedback.
public struct SQLiteStatsStore: StatsStore {
    let database: SQLiteDatabase

    public init(database: SQLiteDatabase) {
        self.database = database
    }

    public func statistics(abandonedBefore: Date) async throws(StoreError) -> ServerStatistics {
        let cutoff = Timestamp.text(abandonedBefore)
        return try await database.read { db in
            var builder = StatisticsBuilder()
            for row in try Row.fetchAll(db, sql: ServerSchema.sessionsByEntry("?"), arguments: [cutoff]) {
                builder.sessions(
                    tree: row["tree"], started: row["started"], concluded: row["concluded"] ?? 0, escalated: row["escalated"] ?? 0,
                    abandoned: row["abandoned"] ?? 0)
            }
            for row in try Row.fetchAll(db, sql: ServerSchema.resolvedAtStep) {
                builder.resolved(tree: row["tree"], answers: row["answers"], count: row["n"])
            }
            for row in try Row.fetchAll(db, sql: ServerSchema.dropOff("?"), arguments: [cutoff]) {
                builder.dropOff(tree: row["tree"], node: row["node"], count: row["n"])
            }
            for row in try Row.fetchAll(db, sql: ServerSchema.ticketsByFirst) {
                builder.tickets(tree: row["tree"], triaged: row["triaged"], other: row["other"] ?? 0)
            }
            for row in try Row.fetchAll(db, sql: ServerSchema.feedbackByOutcome) {
                builder.feedback(tree: row["tree"], outcome: row["outcome"], count: row["n"])
            }
            builder.questions = try Row.fetchAll(db, sql: ServerSchema.questions).map { row in
                QuestionStats(tree: row["tree"], key: row["fact"], answered: row["answered"], unknown: row["unknown"] ?? 0)
            }
            return builder.statistics
        }
    }
}
