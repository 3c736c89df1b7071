import PostgresNIO

/// The statements every request runs, prepared once per connection (by name) instead of parsed
/// and planned by PostgreSQL at each call; the rest go as plain queries.
enum PostgresStatements {
    /// A session's saved JSON and the knowledge revision it was kept with.
    struct LoadSession: PostgresPreparedStatement {
        static let name = "helpdesk_load_session"
        static let sql = "SELECT saved, revision FROM session WHERE id = $1"
        typealias Row = (String, String?)
        let id: String

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 1)
            bindings.append(id)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Row.self) }
    }

    /// A session kept, and its answer's event when there is one, in one statement (a
    /// data-modifying WITH runs once, whatever the outer INSERT takes from it): both are kept
    /// or neither.
    struct SaveSession: PostgresPreparedStatement {
        static let name = "helpdesk_save_session"
        static let sql = """
            WITH kept AS (
                INSERT INTO session (id, start_tree, language, created_at, updated_at, saved, revision,
                    status, entry_tree, ending_tree, ending_kind, answers, node)
                VALUES ($1, $2, $3, $4, $4, $5, $6, $7, $8, $9, $10, $11, $12)
                ON CONFLICT(id) DO UPDATE SET start_tree = excluded.start_tree, language = excluded.language,
                    updated_at = excluded.updated_at, saved = excluded.saved, revision = excluded.revision,
                    status = excluded.status, entry_tree = excluded.entry_tree, ending_tree = excluded.ending_tree,
                    ending_kind = excluded.ending_kind, answers = excluded.answers, node = excluded.node
                RETURNING id)
            INSERT INTO answer_event (session_id, created_at, tree, fact, unknown)
            SELECT id, $4, $13, $14, $15 FROM kept WHERE $16
            """
        typealias Row = ()
        let id: String, tree: String, language: String, now: String, json: String, revision: String
        let progress: SessionProgress
        let answer: AnswerEvent?

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 16)
            bindings.append(id)
            bindings.append(tree)
            bindings.append(language)
            bindings.append(now)
            bindings.append(json)
            bindings.append(revision)
            bindings.append(progress.status)
            bindings.append(progress.entryTree)
            bindings.append(progress.endingTree)
            bindings.append(progress.endingKind)
            bindings.append(progress.answers)
            bindings.append(progress.node)
            bindings.append(answer?.tree)
            bindings.append(answer?.key)
            bindings.append(answer?.unknown == true ? 1 : 0)
            bindings.append(answer != nil)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row {}
    }

    /// A triaged ticket kept.
    struct AddTicket: PostgresPreparedStatement {
        static let name = "helpdesk_add_ticket"
        static let sql = """
            INSERT INTO ticket (id, created_at, language, redacted_text, triage, first_tree) VALUES ($1, $2, $3, $4, $5, $6)
            """
        typealias Row = ()
        let id: String, created: String, language: String, text: String, triage: String, firstTree: String?

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 6)
            bindings.append(id)
            bindings.append(created)
            bindings.append(language)
            bindings.append(text)
            bindings.append(triage)
            bindings.append(firstTree)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row {}
    }
}
