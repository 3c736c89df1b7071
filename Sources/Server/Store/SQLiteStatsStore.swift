import Foundation
import GRDB
import Service

/// The counts agents see, computed by SQL over sessions, tickets and feedback.
public struct SQLiteStatsStore: StatsStore {
    let database: SQLiteDatabase

    public init(database: SQLiteDatabase) {
        self.database = database
    }

    public func treeStats() throws(StoreError) -> [String: TreeStats] {
        try database.read { db in
            var stats: [String: TreeStats] = [:]
            func update(_ tree: String, _ change: (inout TreeStats) -> Void) {
                var entry = stats[tree] ?? TreeStats(tree: tree)
                change(&entry)
                stats[tree] = entry
            }
            let sessions = try Row.fetchAll(
                db,
                sql: """
                    SELECT COALESCE(entry_tree, start_tree) AS tree, COUNT(*) AS started,
                        SUM(status = 'conclusion') AS concluded, SUM(ending_kind = 'escalation') AS escalated
                    FROM session GROUP BY 1
                    """)
            for row in sessions {
                update(row["tree"]) {
                    $0.sessionsStarted = row["started"]
                    $0.sessionsConcluded = row["concluded"] ?? 0
                    $0.sessionsEscalated = row["escalated"] ?? 0
                }
            }
            let tickets = try Row.fetchAll(
                db,
                sql: """
                    SELECT t.first_tree AS tree, COUNT(DISTINCT t.id) AS triaged,
                        COUNT(DISTINCT CASE WHEN f.tree <> t.first_tree THEN t.id END) AS other
                    FROM ticket t LEFT JOIN feedback f ON f.ticket_id = t.id
                    WHERE t.first_tree IS NOT NULL GROUP BY 1
                    """)
            for row in tickets {
                update(row["tree"]) {
                    $0.triagedFirst = row["triaged"]
                    $0.agentChoseOther = row["other"] ?? 0
                }
            }
            let feedback = try Row.fetchAll(db, sql: "SELECT tree, outcome, COUNT(*) AS n FROM feedback GROUP BY 1, 2")
            for row in feedback {
                let outcome: String = row["outcome"]
                let n: Int = row["n"]
                update(row["tree"]) {
                    if outcome == Feedback.Outcome.resolved.rawValue { $0.feedbackResolved += n } else { $0.feedbackEscalated += n }
                }
            }
            return stats
        }
    }
}
