/// The schema's SQL that SQLite and PostgreSQL share, one text per version. Timestamps are
/// ISO 8601 text in UTC (they sort as text), booleans are integers 0 and 1.
enum ServerSchema {
    /// v1 for PostgreSQL (SQLite's v1 differs only in `INTEGER PRIMARY KEY AUTOINCREMENT`).
    static let v1Postgres = """
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
            id BIGSERIAL PRIMARY KEY,
            created_at TEXT NOT NULL,
            ticket_id TEXT REFERENCES ticket(id) ON DELETE CASCADE,
            session_id TEXT REFERENCES session(id) ON DELETE CASCADE,
            tree TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('resolved', 'escalated')),
            CHECK (ticket_id IS NULL OR session_id IS NULL)
        );
        CREATE INDEX feedback_ticket ON feedback(ticket_id);
        CREATE INDEX feedback_tree ON feedback(tree);
        """

    /// v2: how many questions a session answered, the node it waits at, the knowledge revision
    /// it was walked on; one row per answer (its question and whether it was "I don't know",
    /// never the value); the newest sessions and tickets found by an index.
    static let v2 = """
        ALTER TABLE session ADD COLUMN answers INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE session ADD COLUMN node TEXT;
        ALTER TABLE session ADD COLUMN revision TEXT;
        CREATE INDEX session_updated_at ON session(updated_at);
        CREATE INDEX ticket_created_at ON ticket(created_at);
        CREATE TABLE answer_event (
            session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
            created_at TEXT NOT NULL,
            tree TEXT NOT NULL,
            fact TEXT NOT NULL,
            unknown INTEGER NOT NULL CHECK (unknown IN (0, 1))
        );
        CREATE INDEX answer_event_fact ON answer_event(tree, fact);
        """

    /// v3: how many times a session was kept, so that a server keeps a change only over the
    /// session it read (two servers answering one session at once: the second is told, not
    /// lost). Sessions kept before v3 start at 0.
    static let v3 = """
        ALTER TABLE session ADD COLUMN version INTEGER NOT NULL DEFAULT 0
        """

    /// v4, PostgreSQL only: the texts over 2 KB that every request writes (a kept triage, a
    /// session's JSON, a ticket) compressed with lz4 rather than PostgreSQL's own pglz, which
    /// took a quarter of the database's time under load; left as they are by a server built
    /// without lz4. Rows already kept keep their compression until rewritten.
    static let v4Postgres = """
        DO $$
        BEGIN
            ALTER TABLE ticket ALTER COLUMN triage SET COMPRESSION lz4, ALTER COLUMN redacted_text SET COMPRESSION lz4;
            ALTER TABLE session ALTER COLUMN saved SET COMPRESSION lz4;
        EXCEPTION WHEN feature_not_supported THEN
            RAISE NOTICE 'lz4 is not available: the texts keep pglz';
        END
        $$
        """

    /// `sql`'s statements, for a migration whose statements hold no `;` of their own.
    static func statements(_ sql: String) -> [String] {
        sql.split(separator: ";").map(String.init).filter { !$0.allSatisfy(\.isWhitespace) }
    }

    /// The statistics' queries, in SQL both databases read. `?`-free: the one argument (the
    /// abandonment time) is bound by each store in its own way, as `$1`/`?`.
    static func sessionsByEntry(_ placeholder: String) -> String {
        """
        SELECT COALESCE(entry_tree, start_tree) AS tree, COUNT(*) AS started,
            SUM(CASE WHEN status = 'conclusion' THEN 1 ELSE 0 END) AS concluded,
            SUM(CASE WHEN ending_kind = 'escalation' THEN 1 ELSE 0 END) AS escalated,
            SUM(CASE WHEN status = 'question' AND updated_at < \(placeholder) THEN 1 ELSE 0 END) AS abandoned
        FROM session GROUP BY 1
        """
    }

    static let resolvedAtStep = """
        SELECT COALESCE(entry_tree, start_tree) AS tree, answers, COUNT(*) AS n FROM session
        WHERE status = 'conclusion' AND ending_kind IS NOT NULL AND ending_kind <> 'escalation' GROUP BY 1, 2
        """

    static func dropOff(_ placeholder: String) -> String {
        """
        SELECT COALESCE(entry_tree, start_tree) AS tree, node, COUNT(*) AS n FROM session
        WHERE status = 'question' AND node IS NOT NULL AND updated_at < \(placeholder) GROUP BY 1, 2
        """
    }

    static let ticketsByFirst = """
        SELECT t.first_tree AS tree, COUNT(DISTINCT t.id) AS triaged,
            COUNT(DISTINCT CASE WHEN f.tree <> t.first_tree THEN t.id END) AS other
        FROM ticket t LEFT JOIN feedback f ON f.ticket_id = t.id
        WHERE t.first_tree IS NOT NULL GROUP BY 1
        """

    static let feedbackByOutcome = "SELECT tree, outcome, COUNT(*) AS n FROM feedback GROUP BY 1, 2"

    static let questions = """
        SELECT tree, fact, COUNT(*) AS answered, SUM(unknown) AS unknown FROM answer_event GROUP BY 1, 2 ORDER BY 1, 2
        """

    static let recentSessions = """
        SELECT id, entry_tree, status, ending_kind, updated_at FROM session ORDER BY updated_at DESC LIMIT
        """

    static let recentTickets = """
        SELECT t.id, t.created_at, t.first_tree,
            (SELECT f.tree FROM feedback f WHERE f.ticket_id = t.id ORDER BY f.id DESC LIMIT 1) AS chosen,
            (SELECT f.outcome FROM feedback f WHERE f.ticket_id = t.id ORDER BY f.id DESC LIMIT 1) AS outcome
        FROM ticket t ORDER BY t.created_at DESC LIMIT
        """

    static let confirmedTickets = """
        SELECT t.id, t.language, t.redacted_text, f.tree, f.outcome FROM ticket t
        JOIN feedback f ON f.id = (SELECT MAX(g.id) FROM feedback g WHERE g.ticket_id = t.id)
        ORDER BY t.created_at, t.id
        """
}

/// Building the statistics from the queries' rows, the same for either database.
struct StatisticsBuilder {
    private(set) var trees: [String: TreeStats] = [:]
    var questions: [QuestionStats] = []

    mutating func update(_ tree: String, _ change: (inout TreeStats) -> Void) {
        var entry = trees[tree] ?? TreeStats(tree: tree)
        change(&entry)
        trees[tree] = entry
    }

    mutating func sessions(tree: String, started: Int, concluded: Int, escalated: Int, abandoned: Int) {
        update(tree) {
            $0.sessionsStarted = started
            $0.sessionsConcluded = concluded
            $0.sessionsEscalated = escalated
            $0.sessionsAbandoned = abandoned
        }
    }

    mutating func resolved(tree: String, answers: Int, count: Int) {
        update(tree) { $0.resolvedAtStep[answers, default: 0] += count }
    }

    mutating func dropOff(tree: String, node: String, count: Int) {
        update(tree) { $0.dropOff[node, default: 0] += count }
    }

    mutating func tickets(tree: String, triaged: Int, other: Int) {
        update(tree) {
            $0.triagedFirst = triaged
            $0.agentChoseOther = other
        }
    }

    mutating func feedback(tree: String, outcome: String, count: Int) {
        update(tree) {
            if outcome == Feedback.Outcome.resolved.rawValue { $0.feedbackResolved += count } else { $0.feedbackEscalated += count }
        }
    }

    var statistics: ServerStatistics { ServerStatistics(trees: trees, questions: questions) }
}
