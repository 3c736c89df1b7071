import Foundation
import PostgresNIO
import Service

/// Sessions in PostgreSQL: the same table, columns and transaction as `SQLiteSessionStore`.
public struct PostgresSessionStore: ServerSessionStore {
    let database: PostgresDatabase

    public func load(_ id: String) async throws(StoreError) -> StoredSession? {
        // PostgreSQL's text holds no NUL character, so no id does: asking would be an error.
        if id.utf8.contains(0) { return nil }
        let row = try await database.read { connection in
            // Every row read to the end (at most one), so the query's stream is finished.
            var found: (String, String?, Int)?
            for try await row in try await connection.execute(PostgresStatements.LoadSession(id: id), logger: database.logger) {
                found = row
            }
            return found
        }
        guard let (text, revision, version) = row else { return nil }
        return StoredSession(saved: try SessionJSON.decode(text, id: id), revision: revision, version: version)
    }

    public func save(_ session: SavedSession, revision: String, progress: SessionProgress, answer: AnswerEvent?, expecting: Int?)
        async throws(StoreError) -> Int?
    {
        let json = try SessionJSON.encode(session)
        let now = Timestamp.text(session.savedAt)
        let item = PostgresStatements.SaveSessions.Item(
            id: session.id, tree: session.tree, language: session.language.rawValue, now: now, json: json, revision: revision,
            progress: progress, answer: answer, expecting: expecting)
        return try await database.sessionWrites.write(item, key: session.id)
    }

    public func delete(_ id: String) async throws(StoreError) {
        if id.utf8.contains(0) { return }
        try await database.write { connection in
            for try await _ in try await connection.query("DELETE FROM session WHERE id = \(id)", logger: database.logger) {}
        }
    }

    public func recent(limit: Int) async throws(StoreError) -> [SessionSummary] {
        var bindings = PostgresBindings()
        bindings.append(limit)
        let query = PostgresQuery(unsafeSQL: ServerSchema.recentSessions + " $1", binds: bindings)
        return try await database.read { client in
            var summaries: [SessionSummary] = []
            for try await (id, entry, status, ending, updated) in try await client.query(query, logger: database.logger)
                .decode((String, String?, String?, String?, String).self)
            {
                summaries.append(
                    SessionSummary(
                        id: id, entryTree: entry, status: status, endingKind: ending, updatedAt: Timestamp.date(updated) ?? Date(timeIntervalSince1970: 0)))
            }
            return summaries
        }
    }
}

/// Triaged tickets in PostgreSQL.
public struct PostgresTicketStore: TicketStore {
    let database: PostgresDatabase

    public func add(_ ticket: StoredTicket) async throws(StoreError) {
        let item = PostgresStatements.AddTickets.Item(
            id: ticket.id, created: Timestamp.text(ticket.createdAt), language: ticket.language, text: ticket.redactedText,
            triage: String(decoding: ticket.triageJSON, as: UTF8.self), firstTree: ticket.firstTree)
        try await database.ticketWrites.write(item, key: ticket.id)
    }

    public func ticket(_ id: String) async throws(StoreError) -> StoredTicket? {
        // No id holds a NUL character (PostgreSQL's text cannot).
        if id.utf8.contains(0) { return nil }
        return try await database.read { client in
            let rows = try await client.query(
                "SELECT id, created_at, language, redacted_text, triage, first_tree FROM ticket WHERE id = \(id)", logger: database.logger)
            var found: StoredTicket?
            for try await (id, created, language, text, triage, first) in rows.decode((String, String, String, String, String, String?).self) {
                found = StoredTicket(
                    id: id, createdAt: Timestamp.date(created) ?? Date(timeIntervalSince1970: 0), language: language, redactedText: text,
                    triageJSON: Data(triage.utf8), firstTree: first)
            }
            return found
        }
    }

    public func recent(limit: Int) async throws(StoreError) -> [TicketSummary] {
        var bindings = PostgresBindings()
        bindings.append(limit)
        let query = PostgresQuery(unsafeSQL: ServerSchema.recentTickets + " $1", binds: bindings)
        return try await database.read { client in
            var summaries: [TicketSummary] = []
            for try await (id, created, first, chosen, outcome) in try await client.query(query, logger: database.logger)
                .decode((String, String, String?, String?, String?).self)
            {
                summaries.append(
                    TicketSummary(
                        id: id, createdAt: Timestamp.date(created) ?? Date(timeIntervalSince1970: 0), firstTree: first, chosenTree: chosen,
                        outcome: outcome))
            }
            return summaries
        }
    }
}

/// Agents' feedback in PostgreSQL.
public struct PostgresFeedbackStore: FeedbackStore {
    let database: PostgresDatabase

    @discardableResult
    public func add(_ feedback: Feedback) async throws(StoreError) -> Int64 {
        let created = Timestamp.text(feedback.createdAt), outcome = feedback.outcome.rawValue
        return try await database.write { connection in
            let rows = try await connection.query(
                """
                INSERT INTO feedback (created_at, ticket_id, session_id, tree, outcome)
                VALUES (\(created), \(feedback.ticket), \(feedback.session), \(feedback.tree), \(outcome)) RETURNING id
                """, logger: database.logger)
            var found: Int64?
            for try await id in rows.decode(Int64.self) { found = id }
            guard let found else { throw StoreError("the feedback was not given an id") }
            return found
        }
    }

    public func confirmedTickets() async throws(StoreError) -> [ConfirmedTicket] {
        try await database.read { client in
            var tickets: [ConfirmedTicket] = []
            for try await (id, language, text, tree, outcome) in try await client.query(
                PostgresQuery(unsafeSQL: ServerSchema.confirmedTickets), logger: database.logger
            ).decode((String, String, String, String, String).self) {
                tickets.append(ConfirmedTicket(id: id, language: language, redactedText: text, tree: tree, outcome: outcome))
            }
            return tickets
        }
    }
}

/// The statistics, by the same SQL as SQLite's.
public struct PostgresStatsStore: StatsStore {
    let database: PostgresDatabase

    public func statistics(abandonedBefore: Date) async throws(StoreError) -> ServerStatistics {
        let cutoff = Timestamp.text(abandonedBefore)
        func query(_ sql: String, _ argument: String? = nil) -> PostgresQuery {
            var bindings = PostgresBindings()
            if let argument { bindings.append(argument) }
            return PostgresQuery(unsafeSQL: sql, binds: bindings)
        }
        let logger = database.logger
        return try await database.read { client in
            var builder = StatisticsBuilder()
            for try await (tree, started, concluded, escalated, abandoned) in try await client.query(
                query(ServerSchema.sessionsByEntry("$1"), cutoff), logger: logger
            ).decode((String, Int, Int?, Int?, Int?).self) {
                builder.sessions(tree: tree, started: started, concluded: concluded ?? 0, escalated: escalated ?? 0, abandoned: abandoned ?? 0)
            }
            for try await (tree, answers, n) in try await client.query(query(ServerSchema.resolvedAtStep), logger: logger).decode((String, Int, Int).self) {
                builder.resolved(tree: tree, answers: answers, count: n)
            }
            for try await (tree, node, n) in try await client.query(query(ServerSchema.dropOff("$1"), cutoff), logger: logger)
                .decode((String, String, Int).self)
            {
                builder.dropOff(tree: tree, node: node, count: n)
            }
            for try await (tree, triaged, other) in try await client.query(query(ServerSchema.ticketsByFirst), logger: logger)
                .decode((String, Int, Int?).self)
            {
                builder.tickets(tree: tree, triaged: triaged, other: other ?? 0)
            }
            for try await (tree, outcome, n) in try await client.query(query(ServerSchema.feedbackByOutcome), logger: logger)
                .decode((String, String, Int).self)
            {
                builder.feedback(tree: tree, outcome: outcome, count: n)
            }
            for try await (tree, key, answered, unknown) in try await client.query(query(ServerSchema.questions), logger: logger)
                .decode((String, String, Int, Int?).self)
            {
                builder.questions.append(QuestionStats(tree: tree, key: key, answered: answered, unknown: unknown ?? 0))
            }
            return builder.statistics
        }
    }
}
