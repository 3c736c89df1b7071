import GRDB

/// The schema, one migration per version; a migration once released is never edited. Plain
/// SQL; from v2 on, the SQL is shared with PostgreSQL (`ServerSchema`).
enum SQLiteMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: sessions, tickets, feedback") { db in
            // A diagnosis: the SavedSession JSON (never a secret fact) and where its walk stands.
            try db.execute(
                sql: """
                    CREATE TABLE session (
                        id TEXT PRIMARY KEY NOT NULL,
                        start_tree TEXT NOT NULL,
                        language TEXT NOT NULL,
                        created_at TEXT NOT NULL,
                        updated_at TEXT NOT NULL,
                        saved TEXT NOT NULL,
                        status TEXT,
                        entry_tree TEXT,
                        ending_tree TEXT,
                        ending_kind TEXT
                    );
                    CREATE INDEX session_entry_tree ON session(entry_tree);

                    CREATE TABLE ticket (
                        id TEXT PRIMARY KEY NOT NULL,
                        created_at TEXT NOT NULL,
                        language TEXT NOT NULL,
                        redacted_text TEXT NOT NULL,
                        triage TEXT NOT NULL,
                        first_tree TEXT
                    );
                    CREATE INDEX ticket_first_tree ON ticket(first_tree);

                    CREATE TABLE feedback (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        created_at TEXT NOT NULL,
                        ticket_id TEXT REFERENCES ticket(id) ON DELETE CASCADE,
                        session_id TEXT REFERENCES session(id) ON DELETE CASCADE,
                        tree TEXT NOT NULL,
                        outcome TEXT NOT NULL CHECK (outcome IN ('resolved', 'escalated')),
                        CHECK (ticket_id IS NULL OR session_id IS NULL)
                    );
                    CREATE INDEX feedback_ticket ON feedback(ticket_id);
                    CREATE INDEX feedback_tree ON feedback(tree);
                    """)
        }
        migrator.registerMigration("v2: progress, answers' events, knowledge revision") { db in
            try db.execute(sql: ServerSchema.v2)
        }
        migrator.registerMigration("v3: session version") { db in
            try db.execute(sql: ServerSchema.v3)
        }
        return migrator
    }
}
