import Foundation
import Hummingbird
import HummingbirdTesting
import Inference
import Server
import Service
import Synchronization
import Testing

/// The stores behave the same on SQLite and on PostgreSQL: sessions with their progress and
/// revision, answers' events, tickets, feedback, and the statistics built from them.
@Suite struct StoreTests {
    static let knowledge = TestServer.knowledge

    /// A kept session at `tree`, walked with the server's diagnosis.
    static func saved(_ id: String, tree: String = "code-expired") -> SavedSession {
        SavedSession(id: id, session: Session(tree: tree), language: .ja, knowledge: knowledge.compiled)
    }

    /// How often each question was answered, and answered "I don't know".
    static func questions(_ stores: ServerStores) async throws -> [QuestionStats] {
        try await stores.stats.statistics(abandonedBefore: Date(timeIntervalSinceNow: -1800)).questions
    }

    /// A session begun on `server` at the navigator, in English: its id.
    static func begin(on server: TestServer) async throws -> String {
        try await server.test { client in
            let created = try await client.json(.post, "/v1/sessions", #"{"tree": "start", "lang": "en"}"#)
            #expect(created.status == .created)
            #expect(created.questionKey == "activation_done")
            return try #require(created.object["id"] as? String)
        }
    }

    @Test func postgresIsTestedInCI() {
        // CI installs and starts PostgreSQL: there, the PostgreSQL store must not be skipped.
        if ProcessInfo.processInfo.environment["CI"] != nil {
            #expect(TestDatabase.postgresURL != nil, "CI must set HELPDESK_TEST_POSTGRES_URL")
        }
    }

    @Test(arguments: TestDatabase.available)
    func sessionsKeepProgressAndRevision(_ kind: TestDatabase) async throws {
        try await kind.with { database in
            try await database.run { stores in
                var first = Self.saved("s1")
                first.savedAt = Date(timeIntervalSince1970: 1_800_000_000)  // whole seconds: the JSON keeps seconds
                #expect(try await stores.sessions.save(
                    first, revision: "rev-a", progress: SessionProgress(status: "question", entryTree: "code-expired", answers: 0, node: "code-expired/age"),
                    answer: nil, expecting: nil) == 1)
                let loaded = try #require(try await stores.sessions.load("s1"))
                #expect(loaded.saved == first)
                #expect(loaded.revision == "rev-a")
                // Saving again replaces, and records the answer's event.
                #expect(try await stores.sessions.save(
                    first, revision: "rev-b", progress: SessionProgress(status: "conclusion", entryTree: "code-expired", endingTree: "code-expired",
                        endingKind: "remedy", answers: 1),
                    answer: AnswerEvent(tree: "code-expired", key: "code_age_minutes", unknown: true), expecting: 1) == 2)
                #expect(try await stores.sessions.load("s1")?.revision == "rev-b")
                #expect(try await stores.sessions.load("missing") == nil)
                // An id no store can hold (PostgreSQL's text has no NUL) is simply not there.
                #expect(try await stores.sessions.load("s\u{0}1") == nil)
                #expect(try await stores.tickets.ticket("t\u{0}1") == nil)
                let recent = try await stores.sessions.recent(limit: 5)
                #expect(recent.map(\.id) == ["s1"])
                #expect(recent.first?.endingKind == "remedy")
                try await stores.sessions.delete("s1")
                #expect(try await stores.sessions.load("s1") == nil)
            }
        }
    }

    /// A change kept only over the version it was made from: a stale one writes nothing, not
    /// even its answer's event, and a new session never replaces a kept one.
    @Test(arguments: TestDatabase.available)
    func aChangeOverAStaleVersionIsRefused(_ kind: TestDatabase) async throws {
        try await kind.with { database in
            try await database.run { stores in
                let progress = SessionProgress(status: "question", entryTree: "code-expired", answers: 1, node: "code-expired/age")
                let answer = AnswerEvent(tree: "code-expired", key: "code_age_minutes", unknown: false)
                #expect(try await stores.sessions.save(Self.saved("v1"), revision: "a", progress: progress, answer: nil, expecting: nil) == 1)
                #expect(try await stores.sessions.save(Self.saved("v1"), revision: "b", progress: progress, answer: answer, expecting: 1) == 2)
                #expect(try await stores.sessions.save(Self.saved("v1"), revision: "c", progress: progress, answer: answer, expecting: 1) == nil)
                #expect(try await stores.sessions.save(Self.saved("v1"), revision: "d", progress: progress, answer: answer, expecting: nil) == nil)
                #expect(try await stores.sessions.save(Self.saved("v2"), revision: "e", progress: progress, answer: answer, expecting: 0) == nil)
                let kept = try #require(try await stores.sessions.load("v1"))
                #expect(kept.revision == "b" && kept.version == 2)
                #expect(try await stores.sessions.load("v2") == nil)
                #expect(try await Self.questions(stores) == [QuestionStats(tree: "code-expired", key: "code_age_minutes", answered: 1, unknown: 0)])
            }
        }
    }

    /// Two servers on one database, each answering from its own copies of the sessions it
    /// served: a change made from a copy the other server has since changed is made again from
    /// the session as it is now; no answer is lost, none counted twice.
    @Test(arguments: TestDatabase.available)
    func twoServersNeverLoseEachOthersChanges(_ kind: TestDatabase) async throws {
        try await kind.with { database in
            try await database.run { stores in
                let a = try TestServer(stores: stores), b = try TestServer(stores: stores)
                defer {
                    a.remove()
                    b.remove()
                }
                let id = try await Self.begin(on: a)
                let next = try await b.test { client in
                    let answered = try await client.json(.post, "/v1/sessions/\(id)/answers", #"{"key": "activation_done", "value": true}"#)
                    #expect(answered.status == .ok)
                    return try #require(answered.questionKey)
                }
                #expect(next != "activation_done")
                try await a.test { client in
                    // A's copy has no answer to take back; the session as kept has B's.
                    let back = try await client.json(.post, "/v1/sessions/\(id)/back")
                    #expect(back.status == .ok)
                    #expect(back.questionKey == "activation_done")
                }
                try await b.test { client in
                    // B's copy asks `next`; the session as kept asks activation_done again.
                    let read = try await client.json(.get, "/v1/sessions/\(id)")
                    #expect(read.questionKey == "activation_done")
                    let again = try await client.json(.post, "/v1/sessions/\(id)/answers", #"{"key": "activation_done", "value": true}"#)
                    #expect(again.status == .ok)
                    #expect(again.questionKey == next)
                }
                try await a.test { client in
                    let read = try await client.json(.get, "/v1/sessions/\(id)")
                    #expect(read.questionKey == next)
                    let stale = try await client.json(.post, "/v1/sessions/\(id)/answers", #"{"key": "activation_done", "value": false}"#)
                    #expect(stale.status == .conflict)
                }
                let kept = try #require(try await stores.sessions.load(id))
                #expect(kept.version == 4)
                #expect(try await Self.questions(stores).first { $0.key == "activation_done" }?.answered == 2)
            }
        }
    }

    /// Writes sent at once (PostgreSQL commits them in groups) are all kept, each with its own
    /// columns, NULLs included, and each answer's event once.
    @Test(arguments: TestDatabase.available)
    func concurrentWritesAreAllKept(_ kind: TestDatabase) async throws {
        try await kind.with { database in
            try await database.run { stores in
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for n in 0..<120 {
                        group.addTask {
                            let progress = SessionProgress(
                                status: n % 2 == 0 ? "question" : "conclusion", entryTree: "code-expired",
                                endingTree: n % 2 == 0 ? nil : "code-expired", endingKind: n % 2 == 0 ? nil : "remedy", answers: n % 5,
                                node: n % 2 == 0 ? "code-expired/age" : nil)
                            let answer = n % 3 == 0 ? AnswerEvent(tree: "code-expired", key: "code_age_minutes", unknown: n % 2 == 0) : nil
                            let version = try await stores.sessions.save(
                                Self.saved("s\(n)"), revision: "rev-\(n)", progress: progress, answer: answer, expecting: nil)
                            #expect(version == 1)
                        }
                        group.addTask {
                            try await stores.tickets.add(
                                StoredTicket(
                                    id: "t\(n)", createdAt: Date(), language: n % 2 == 0 ? "ja" : "en", redactedText: "ticket \(n)",
                                    triageJSON: Data(#"{"n":\#(n)}"#.utf8), firstTree: n % 2 == 0 ? "login-fails" : nil))
                        }
                    }
                    try await group.waitForAll()
                }
                for n in 0..<120 {
                    #expect(try await stores.sessions.load("s\(n)")?.revision == "rev-\(n)")
                    let ticket = try #require(try await stores.tickets.ticket("t\(n)"))
                    #expect(ticket.firstTree == (n % 2 == 0 ? "login-fails" : nil))
                    #expect(ticket.redactedText == "ticket \(n)" && ticket.triageJSON == Data(#"{"n":\#(n)}"#.utf8))
                }
                let recent = try await stores.sessions.recent(limit: 200)
                #expect(recent.count == 120)
                #expect(recent.filter { $0.endingKind == nil }.count == 60)
                // n % 3 == 0 below 120: 40 answers, 20 of them (n % 6 == 0) "I don't know".
                #expect(try await Self.questions(stores) == [QuestionStats(tree: "code-expired", key: "code_age_minutes", answered: 40, unknown: 20)])
            }
        }
    }

    @Test(arguments: TestDatabase.available)
    func statisticsCountWhatHappened(_ kind: TestDatabase) async throws {
        try await kind.with { database in
            try await database.run { stores in
                let old = Date(timeIntervalSinceNow: -3600)
                // Resolved after 2 answers, one of them "I don't know".
                #expect(try await stores.sessions.save(
                    Self.saved("r1"), revision: "r", progress: SessionProgress(status: "question", entryTree: "code-expired", answers: 0, node: "code-expired/a"),
                    answer: nil, expecting: nil) == 1)
                #expect(try await stores.sessions.save(
                    Self.saved("r1"), revision: "r", progress: SessionProgress(status: "question", entryTree: "code-expired", answers: 1, node: "code-expired/b"),
                    answer: AnswerEvent(tree: "code-expired", key: "code_age_minutes", unknown: true), expecting: 1) == 2)
                #expect(try await stores.sessions.save(
                    Self.saved("r1"), revision: "r",
                    progress: SessionProgress(status: "conclusion", entryTree: "code-expired", endingTree: "code-expired", endingKind: "remedy", answers: 2),
                    answer: AnswerEvent(tree: "code-expired", key: "otp_device_time_correct", unknown: false), expecting: 2) == 3)
                // Escalated.
                #expect(try await stores.sessions.save(
                    Self.saved("e1"), revision: "r",
                    progress: SessionProgress(status: "conclusion", entryTree: "code-expired", endingTree: "contact-helpdesk", endingKind: "escalation", answers: 1),
                    answer: AnswerEvent(tree: "code-expired", key: "code_age_minutes", unknown: false), expecting: nil) == 1)
                // Left an hour ago at a question: abandoned there.
                var stale = Self.saved("a1")
                stale.savedAt = old
                #expect(try await stores.sessions.save(
                    stale, revision: "r", progress: SessionProgress(status: "question", entryTree: "code-expired", answers: 0, node: "code-expired/age"),
                    answer: nil, expecting: nil) == 1)
                // Asking, but recent: not abandoned.
                #expect(try await stores.sessions.save(
                    Self.saved("q1"), revision: "r", progress: SessionProgress(status: "question", entryTree: "code-expired", answers: 0, node: "code-expired/age"),
                    answer: nil, expecting: nil) == 1)
                // Two tickets triaged to code-expired; the agent chose another entry for one.
                for (id, first) in [("t1", "code-expired"), ("t2", "code-expired")] {
                    try await stores.tickets.add(
                        StoredTicket(id: id, createdAt: Date(), language: "ja", redactedText: "text \(id)", triageJSON: Data("{}".utf8), firstTree: first))
                }
                try await stores.feedback.add(Feedback(ticket: "t1", session: nil, tree: "code-expired", outcome: .resolved))
                try await stores.feedback.add(Feedback(ticket: "t2", session: nil, tree: "code-expired", outcome: .escalated))
                try await stores.feedback.add(Feedback(ticket: "t2", session: nil, tree: "code-resend", outcome: .resolved))

                let statistics = try await stores.stats.statistics(abandonedBefore: Date(timeIntervalSinceNow: -1800))
                let entry = try #require(statistics.trees["code-expired"])
                #expect(entry.sessionsStarted == 4)
                #expect(entry.sessionsConcluded == 2)
                #expect(entry.sessionsEscalated == 1)
                #expect(entry.sessionsAbandoned == 1)
                #expect(entry.resolvedAtStep == [2: 1])
                #expect(entry.dropOff == ["code-expired/age": 1])
                #expect(entry.triagedFirst == 2)
                #expect(entry.agentChoseOther == 1)
                #expect(entry.feedbackResolved == 1)
                #expect(entry.feedbackEscalated == 1)
                #expect(statistics.trees["code-resend"]?.feedbackResolved == 1)
                let age = try #require(statistics.questions.first { $0.key == "code_age_minutes" })
                #expect(age.answered == 2)
                #expect(age.unknown == 1)

                // The report: every entry in the knowledge's order, totals summed.
                let report = StatsReport(statistics, order: Self.knowledge.treesInJourneyOrder.map(\.id))
                #expect(report.totals.sessions.resolved == 1)
                #expect(report.totals.sessions.abandoned == 1)
                #expect(report.totals.triage.agentChoseOther == 1)
                #expect(report.text(.en).contains("dropped off at: code-expired/age (1)"))

                // The workbench's lists and the export read the latest feedback.
                let tickets = try await stores.tickets.recent(limit: 10)
                #expect(Set(tickets.map(\.id)) == ["t1", "t2"])
                #expect(tickets.first { $0.id == "t2" }?.chosenTree == "code-resend")
                let confirmed = try await stores.feedback.confirmedTickets()
                #expect(confirmed.map(\.id) == ["t1", "t2"])
                #expect(confirmed.last?.tree == "code-resend")
            }
        }
    }

    /// Feedback naming a ticket or session by an id with a NUL character (which no id holds:
    /// PostgreSQL's text cannot) is told the id is unknown, on every database alike (it was a
    /// server error on PostgreSQL, found by Schemathesis).
    @Test(arguments: TestDatabase.available)
    func feedbackForAnIDWithANULFindsNone(_ kind: TestDatabase) async throws {
        try await kind.withServer { client, stores in
            for (body, code) in [
                (#"{"outcome": "escalated", "tree": "contact-helpdesk", "ticket": "\ud94e\udfd6(\u0000\u00e6"}"#, "unknown_ticket"),
                (#"{"outcome": "escalated", "tree": "contact-helpdesk", "session": "s\u0000"}"#, "unknown_session"),
            ] {
                let r = try await client.json(.post, "/v1/feedback", body, agent: true)
                #expect(r.status == .badRequest, "\(body)")
                #expect(r.errorCode == code, "\(body)")
            }
            #expect(try await client.json(.get, "/v1/sessions/s%00", agent: true).status == .notFound)
        }
    }

    /// A ticket with NUL characters (which PostgreSQL cannot keep in text) is triaged and kept
    /// without them, on every database alike.
    @Test(arguments: TestDatabase.available)
    func aTicketWithANULIsKeptWithoutIt(_ kind: TestDatabase) async throws {
        try await kind.withServer { client, stores in
            let triage = try await client.json(.post, "/v1/triage", #"{"text": "確認コードの\u0000有効期限が切れ\u0000\u0301ました"}"#, agent: true)
            #expect(triage.status == .created)
            #expect((triage.object["text"] as? String)?.unicodeScalars.contains("\u{0}") == false)
            let ticket = try #require(triage.object["id"] as? String)
            let kept = try #require(try await stores.tickets.ticket(ticket))
            #expect(!kept.redactedText.unicodeScalars.contains("\u{0}"))
            #expect(kept.redactedText.unicodeScalars.starts(with: "確認コードの有効期限が切れ\u{301}ました".unicodeScalars))
        }
    }

    /// PostgreSQL: two servers on one database share sessions, a session begun on one goes on
    /// on the other, and both see the same statistics.
    @Test(.enabled(if: TestDatabase.postgresURL != nil))
    func twoServersShareOneDatabase() async throws {
        try await TestDatabase.postgres.with { database in
            guard case .postgres(let first) = database else { Issue.record("not PostgreSQL"); return }
            let url = first.displayURL.replacingOccurrences(of: "***", with: URLComponents(string: TestDatabase.postgresURL!)!.password ?? "")
            let second = try PostgresDatabase(url: url, logger: TestDatabase.logger)
            try await database.run { storesA in
                try await ServerDatabase.postgres(second).run { storesB in
                    let a = try TestServer(stores: storesA), b = try TestServer(stores: storesB)
                    defer {
                        a.remove()
                        b.remove()
                    }
                    let id = try await Self.begin(on: a)
                    try await b.test { client in
                        let read = try await client.json(.get, "/v1/sessions/\(id)")
                        #expect(read.questionKey == "activation_done")
                        let answered = try await client.json(.post, "/v1/sessions/\(id)/answers", #"{"key": "activation_done", "value": true}"#)
                        #expect(answered.status == .ok)
                        #expect(answered.questionKey != "activation_done")
                    }
                    try await a.test { client in
                        let read = try await client.json(.get, "/v1/sessions/\(id)")
                        #expect(read.questionKey != "activation_done")
                        let back = try await client.json(.post, "/v1/sessions/\(id)/back")
                        #expect(back.questionKey == "activation_done")
                        let stats = try await client.json(.get, "/v1/stats", agent: true)
                        let questions = stats.object["questions"] as? [[String: Any]] ?? []
                        #expect(questions.contains { $0["fact"] as? String == "activation_done" && $0["answered"] as? Int == 1 })
                    }
                }
            }
        }
    }

    /// PostgreSQL: a commit does not wait for the disk unless the URL asks
    /// (`?synchronous_commit=on`): every connection of the pool, leased all at once, says so,
    /// after writes; a value PostgreSQL does not take is refused before connecting.
    @Test(.enabled(if: TestDatabase.postgresURL != nil))
    func commitsWaitForTheDiskOnlyWhenTheURLAsks() async throws {
        try await TestDatabase.postgres.with { database in
            guard case .postgres(let first) = database else { Issue.record("not PostgreSQL"); return }
            let url = first.displayURL.replacingOccurrences(of: "***", with: URLComponents(string: TestDatabase.postgresURL!)!.password ?? "")
            #expect(first.synchronousCommit == "off")
            try await database.run { stores in
                try await stores.tickets.add(
                    StoredTicket(id: "t", createdAt: Date(), language: "en", redactedText: "t", triageJSON: Data("{}".utf8), firstTree: nil))
                #expect(try await Self.settings(of: first) == Array(repeating: "off", count: PostgresDatabase.connections))
            }
            let waiting = try PostgresDatabase(url: url + "?synchronous_commit=on", logger: TestDatabase.logger)
            try await ServerDatabase.postgres(waiting).run { stores in
                try await stores.tickets.add(
                    StoredTicket(id: "u", createdAt: Date(), language: "en", redactedText: "u", triageJSON: Data("{}".utf8), firstTree: nil))
                #expect(try await stores.tickets.ticket("t")?.redactedText == "t")
                #expect(try await Self.settings(of: waiting) == Array(repeating: "on", count: PostgresDatabase.connections))
            }
        }
    }

    /// `SHOW synchronous_commit` on every connection of the pool, leased all at once.
    static func settings(of database: PostgresDatabase) async throws -> [String] {
        let leased = LeaseCount()
        return try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<PostgresDatabase.connections {
                group.addTask {
                    try await database.client.withConnection { connection in
                        leased.count.withLock { $0 += 1 }
                        let deadline = ContinuousClock.now + .seconds(10)
                        while leased.count.withLock({ $0 }) < PostgresDatabase.connections, ContinuousClock.now < deadline {
                            try await Task.sleep(for: .milliseconds(5))
                        }
                        var values: [String] = []
                        for try await value in try await connection.query("SHOW synchronous_commit", logger: TestDatabase.logger).decode(String.self) {
                            values.append(value)
                        }
                        return values.joined()
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    @Test func aSynchronousCommitPostgreSQLDoesNotTakeIsRefused() {
        #expect(throws: StoreError("the database URL's synchronous_commit takes on, off or local, not 'sometimes'")) {
            try PostgresDatabase(url: "postgres://u@127.0.0.1/db?synchronous_commit=sometimes", logger: TestDatabase.logger)
        }
        #expect(throws: Never.self) { try PostgresDatabase(url: "postgres://u@127.0.0.1/db?synchronous_commit=on", logger: TestDatabase.logger) }
    }

    /// PostgreSQL: servers that start together on a new database migrate it once, all of them
    /// successfully.
    @Test(.enabled(if: TestDatabase.postgresURL != nil))
    func serversStartingTogetherMigrateOnce() async throws {
        try await TestDatabase.postgres.with { database in
            guard case .postgres(let first) = database else { Issue.record("not PostgreSQL"); return }
            let url = first.displayURL.replacingOccurrences(of: "***", with: URLComponents(string: TestDatabase.postgresURL!)!.password ?? "")
            let all = try [first] + (0..<3).map { _ in try PostgresDatabase(url: url, logger: TestDatabase.logger) }
            // Each sees every migration applied once it has started.
            let seen = try await withThrowingTaskGroup(of: [String].self) { group in
                for server in all { group.addTask { try await ServerDatabase.postgres(server).run { _ in try await server.appliedMigrations() } } }
                return try await group.reduce(into: [[String]]()) { $0.append($1) }
            }
            #expect(seen == Array(repeating: PostgresDatabase.migrationNames, count: all.count))
        }
    }

    /// PostgreSQL: a kept triage (about 3 KB) is compressed with lz4, not pglz.
    @Test(.enabled(if: TestDatabase.postgresURL != nil))
    func largeTextsAreCompressedWithLZ4() async throws {
        try await TestDatabase.postgres.with { database in
            guard case .postgres(let postgres) = database else { Issue.record("not PostgreSQL"); return }
            try await database.run { stores in
                let triage = Data(("{\"text\": \"" + String(repeating: "パスワードを忘れました。", count: 200) + "\"}").utf8)
                try await stores.tickets.add(
                    StoredTicket(id: "big", createdAt: Date(), language: "ja", redactedText: "big", triageJSON: triage, firstTree: nil))
                var methods: [String] = []
                for try await method in try await postgres.client.query(
                    "SELECT pg_column_compression(triage) FROM ticket WHERE id = 'big'", logger: TestDatabase.logger
                ).decode(String.self) {
                    methods.append(method)
                }
                #expect(methods == ["lz4"])
                #expect(try await postgres.appliedMigrations().last == "v4: PostgreSQL: lz4 for the large texts")
            }
        }
    }

    /// The whole API on PostgreSQL: a diagnosis to its end, a triaged ticket, feedback.
    @Test(.enabled(if: TestDatabase.postgresURL != nil))
    func theAPIOnPostgres() async throws {
        try await TestDatabase.postgres.withServer { client, stores in
            let created = try await client.json(.post, "/v1/sessions", #"{"tree": "code-expired", "facts": {"code_age_minutes": 8}}"#)
            #expect(created.status == .created)
            #expect(created.status_ == "conclusion")
            let triage = try await client.json(.post, "/v1/triage", #"{"text": "ワンタイムパスワードの期限が切れました。パスワードは Abcd1234! です"}"#, agent: true)
            #expect(triage.status == .created)
            let ticket = try #require(triage.object["id"] as? String)
            let feedback = try await client.json(.post, "/v1/feedback", #"{"ticket": "\#(ticket)", "tree": "code-expired", "outcome": "resolved"}"#, agent: true)
            #expect(feedback.status == .created)
            let kept = try #require(try await stores.tickets.ticket(ticket))
            #expect(!kept.redactedText.contains("Abcd1234!"))
            #expect(!String(decoding: kept.triageJSON, as: UTF8.self).contains("Abcd1234!"))
        }
    }
}

/// How many of the pool's connections a test holds at once.
private final class LeaseCount: Sendable {
    let count = Mutex(0)
}
