import PostgresNIO

/// The statements every request runs, prepared once per connection (by name) instead of parsed
/// and planned by PostgreSQL at each call; the rest go as plain queries.
enum PostgresStatements {
    /// A session's saved JSON, the knowledge revision it was kept with and its version.
    struct LoadSession: PostgresPreparedStatement {
        static let name = "helpdesk_load_session_v3"
        static let sql = "SELECT saved, revision, version FROM session WHERE id = $1"
        typealias Row = (String, String?, Int)
        let id: String

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 1)
            bindings.append(id)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Row.self) }
    }

    /// Sessions kept, each with its answer's event when it has one, in one statement (its
    /// data-modifying WITHs run once each, whatever the outer query takes from them): a new
    /// session (`expected` -1) is inserted unless its id exists; a kept one is updated only if
    /// its version is still `expected` (PostgreSQL checks it again on a row another transaction
    /// changed meanwhile). Returns the id and new version of each session kept. The rows come as
    /// one array per column (`unnest` zips them back); a column that may be NULL is sent with
    /// `""` for NULL, which none of them holds otherwise. No two rows may have the same id
    /// (`GroupCommit` sees to it).
    struct SaveSessions: PostgresPreparedStatement {
        static let name = "helpdesk_save_sessions_v3"
        static let sql = """
            WITH input AS (
                SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                    $8::text[], $9::text[], $10::text[], $11::bigint[], $12::text[], $13::text[], $14::text[], $15::bigint[],
                    $16::bigint[])
                    AS row(id, start_tree, language, now, saved, revision, status, entry_tree, ending_tree, ending_kind,
                        answers, node, answer_tree, answer_fact, answer_unknown, expected)),
            inserted AS (
                INSERT INTO session (id, start_tree, language, created_at, updated_at, saved, revision,
                    status, entry_tree, ending_tree, ending_kind, answers, node, version)
                SELECT id, start_tree, language, now, now, saved, revision, status, entry_tree, NULLIF(ending_tree, ''),
                    NULLIF(ending_kind, ''), answers, NULLIF(node, ''), 1 FROM input WHERE expected < 0
                ON CONFLICT(id) DO NOTHING
                RETURNING id, version),
            updated AS (
                UPDATE session SET start_tree = input.start_tree, language = input.language, updated_at = input.now,
                    saved = input.saved, revision = input.revision, status = input.status, entry_tree = input.entry_tree,
                    ending_tree = NULLIF(input.ending_tree, ''), ending_kind = NULLIF(input.ending_kind, ''),
                    answers = input.answers, node = NULLIF(input.node, ''), version = session.version + 1
                FROM input WHERE input.expected >= 0 AND session.id = input.id AND session.version = input.expected
                RETURNING session.id, session.version),
            kept AS (SELECT * FROM inserted UNION ALL SELECT * FROM updated),
            events AS (
                INSERT INTO answer_event (session_id, created_at, tree, fact, unknown)
                SELECT input.id, input.now, input.answer_tree, input.answer_fact, input.answer_unknown
                FROM input JOIN kept ON kept.id = input.id WHERE input.answer_fact <> '')
            SELECT id, version FROM kept
            """
        typealias Row = (String, Int)

        /// One session to keep.
        struct Item: Sendable {
            let id: String, tree: String, language: String, now: String, json: String, revision: String
            let progress: SessionProgress
            let answer: AnswerEvent?
            let expecting: Int?
        }

        let items: [Item]

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 16)
            bindings.append(items.map(\.id))
            bindings.append(items.map(\.tree))
            bindings.append(items.map(\.language))
            bindings.append(items.map(\.now))
            bindings.append(items.map(\.json))
            bindings.append(items.map(\.revision))
            bindings.append(items.map(\.progress.status))
            bindings.append(items.map(\.progress.entryTree))
            bindings.append(items.map { $0.progress.endingTree ?? "" })
            bindings.append(items.map { $0.progress.endingKind ?? "" })
            bindings.append(items.map(\.progress.answers))
            bindings.append(items.map { $0.progress.node ?? "" })
            bindings.append(items.map { $0.answer?.tree ?? "" })
            bindings.append(items.map { $0.answer?.key ?? "" })
            bindings.append(items.map { $0.answer?.unknown == true ? 1 : 0 })
            bindings.append(items.map { $0.expecting ?? -1 })
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Row.self) }
    }

    /// Triaged tickets kept, in one statement, one array per column as in `SaveSessions`.
    struct AddTickets: PostgresPreparedStatement {
        static let name = "helpdesk_add_tickets"
        static let sql = """
            INSERT INTO ticket (id, created_at, language, redacted_text, triage, first_tree)
            SELECT id, created_at, language, redacted_text, triage, NULLIF(first_tree, '')
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
                AS row(id, created_at, language, redacted_text, triage, first_tree)
            """
        typealias Row = ()

        /// One ticket to keep.
        struct Item: Sendable {
            let id: String, created: String, language: String, text: String, triage: String, firstTree: String?
        }

        let items: [Item]

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings(capacity: 6)
            bindings.append(items.map(\.id))
            bindings.append(items.map(\.created))
            bindings.append(items.map(\.language))
            bindings.append(items.map(\.text))
            bindings.append(items.map(\.triage))
            bindings.append(items.map { $0.firstTree ?? "" })
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row {}
    }
}
