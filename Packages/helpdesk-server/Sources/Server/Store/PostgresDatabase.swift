import Foundation
import Logging
import PostgresNIO
import Service

/// The shared database: PostgreSQL through postgres-nio's connection pool, brought to the
/// newest schema by the same versioned migrations as SQLite, under an advisory lock so that
/// instances starting together migrate once. Several `helpdesk serve` behind a load balancer
/// share sessions, tickets and feedback through it.
public struct PostgresDatabase: Sendable {
    public let client: PostgresClient
    /// Sessions' saves and triaged tickets, committed in groups.
    let sessionWrites: GroupCommit<PostgresStatements.SaveSessions.Item, Int?>
    let ticketWrites: GroupCommit<PostgresStatements.AddTickets.Item, Void>
    let logger: Logger
    /// `on` when a commit waits for the disk (see `defaultSynchronousCommit`).
    public let synchronousCommit: String
    /// The URL without its password, to show.
    public let displayURL: String

    /// The migrations in order, each as its statements; a migration once released is never
    /// edited.
    static let migrations: [(name: String, statements: [String])] = [
        ("v1: sessions, tickets, feedback", ServerSchema.statements(ServerSchema.v1Postgres)),
        ("v2: progress, answers' events, knowledge revision", ServerSchema.statements(ServerSchema.v2)),
        ("v3: session version", ServerSchema.statements(ServerSchema.v3)),
        ("v4: PostgreSQL: lz4 for the large texts", [ServerSchema.v4Postgres]),
    ]

    /// How many connections the pool opens and keeps.
    public static var connections: Int { max(4, 2 * ProcessInfo.processInfo.activeProcessorCount) }

    /// The migrations' names, in order.
    public static var migrationNames: [String] { migrations.map(\.name) }

    /// Whether a commit waits for PostgreSQL's log to reach the disk, when the URL does not say
    /// (`?synchronous_commit=on`). It does not: a commit acknowledged is in PostgreSQL, so it
    /// survives a crash of this server (`kill -9`, tested), as on SQLite, whose commits do not wait
    /// for the disk either (`synchronous = NORMAL`); a crash of PostgreSQL or of its machine may
    /// lose the last fraction of a second of writes (three `wal_writer_delay`s, 0.6 s by default),
    /// never a part of one. Waiting made every request in flight wait 30–400 ms whenever the
    /// kernel wrote back the pages of earlier writes on this machine's one disk (the flush queues
    /// behind them): the load run's p99 was 54–217 ms for triage and 29–101 ms for answers.
    public static let defaultSynchronousCommit = "off"

    /// A client for `url` (`postgres://user:password@host:port/database`, or
    /// `postgresql://…`; `?host=/run/postgresql` for a Unix socket folder;
    /// `?synchronous_commit=on` for commits that wait for the disk). The client must be run
    /// (`client.run()`, or as a service of the application) before `migrate()`.
    public init(url: String, logger: Logger) throws(StoreError) {
        guard let components = URLComponents(string: url), let scheme = components.scheme, ["postgres", "postgresql"].contains(scheme)
        else {
            throw StoreError("--database takes a postgres://user:password@host:port/database URL")
        }
        let user = components.user.flatMap { $0.removingPercentEncoding } ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        let password = components.password.flatMap { $0.removingPercentEncoding }
        var database = String(components.path.dropFirst())
        database = database.removingPercentEncoding ?? database
        let socketFolder = components.queryItems?.first { $0.name == "host" }?.value
        let synchronousCommit = components.queryItems?.first { $0.name == "synchronous_commit" }.map { $0.value ?? "" } ?? Self.defaultSynchronousCommit
        guard ["on", "off", "local"].contains(synchronousCommit) else {
            throw StoreError("the database URL's synchronous_commit takes on, off or local, not '\(synchronousCommit)'")
        }
        let base: PostgresClient.Configuration
        if let socketFolder, socketFolder.hasPrefix("/") {
            let port = components.port ?? 5432
            base = .init(
                unixSocketPath: "\(socketFolder)/.s.PGSQL.\(port)", username: user, password: password, database: database.isEmpty ? nil : database)
        } else {
            guard let host = components.host, !host.isEmpty else { throw StoreError("the database URL names no host") }
            base = .init(
                host: host, port: components.port ?? 5432, username: user, password: password, database: database.isEmpty ? nil : database,
                tls: .disable)
        }
        // A small pool: a query here takes well under a millisecond, so a few connections per
        // core keep the server busy, and each one costs memory here and a process on the server.
        // All of them opened at start and kept, with no keep-alive queries: the pool arms an
        // idle timer (60 s) and a keep-alive timer (30 s) each time a connection falls idle, and
        // holds each until its deadline even when the connection is leased again at once. With
        // writes committed in groups, connections fall idle thousands of times a second, and
        // the server grew by 40 MB in its first minute under load (measured: flat without
        // them). A connection the database closes is replaced by the pool; one cut silently on
        // the way fails its next query, which is answered 500 and not retried.
        var configuration = base
        configuration.options.maximumConnections = Self.connections
        configuration.options.minimumConnections = configuration.options.maximumConnections
        configuration.options.keepAliveBehavior = nil
        configuration.options.additionalStartupParameters = [("synchronous_commit", synchronousCommit)]
        self.synchronousCommit = synchronousCommit
        var shown = components
        if shown.password != nil { shown.password = "***" }
        displayURL = shown.string ?? "postgres://"
        self.logger = logger
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        // Saves and tickets are committed in groups, two groups at a time, so that a busy
        // server pays one round trip and one flush of PostgreSQL's log for many writes; the
        // other two connections stay free for reads.
        sessionWrites = GroupCommit(maximumInFlight: 2, maximumGroup: 64) { items throws(StoreError) in
            // Each session's new version, or nil where it was not kept.
            let kept = try await Self.access(client, failure: "database write failed") { connection in
                var versions: [String: Int] = [:]
                for try await (id, version) in try await connection.execute(PostgresStatements.SaveSessions(items: items), logger: logger) {
                    versions[id] = version
                }
                return versions
            }
            return items.map { kept[$0.id] }
        }
        ticketWrites = GroupCommit(maximumInFlight: 2, maximumGroup: 64) { items throws(StoreError) in
            try await Self.access(client, failure: "database write failed") { connection in
                // Read to its end: the statement is complete only then.
                for try await _ in try await connection.execute(PostgresStatements.AddTickets(items: items), logger: logger) {}
            }
            return items.map { _ in () }
        }
    }

    /// Applies the migrations not yet applied, in one transaction, one instance at a time (an
    /// advisory lock held to the transaction's end: instances that start together wait, then
    /// find nothing to do). Retries while the server is not reachable yet, for `wait` at most.
    public func migrate(wait: Duration = .seconds(10)) async throws(StoreError) {
        let deadline = ContinuousClock.now + wait
        while true {
            do {
                try await client.query("SELECT 1", logger: logger)
                break
            } catch {
                if ContinuousClock.now >= deadline { throw StoreError("cannot reach the database \(displayURL): \(Self.describe(error))") }
                try? await Task.sleep(for: .milliseconds(200))
            }
        }
        try await write { connection in
            try await connection.withTransaction(logger: logger) { connection in try await migrate(on: connection) }
        }
    }

    private func migrate(on connection: PostgresConnection) async throws {
        // One migrating instance at a time: the others wait here, then find nothing to do.
        try await connection.query("SELECT pg_advisory_xact_lock(7461626)", logger: logger)
        try await connection.query("CREATE TABLE IF NOT EXISTS schema_migration (name TEXT PRIMARY KEY NOT NULL, applied_at TEXT NOT NULL)", logger: logger)
        var applied: Set<String> = []
        for try await name in try await connection.query("SELECT name FROM schema_migration", logger: logger).decode(String.self) {
            applied.insert(name)
        }
        for migration in Self.migrations where !applied.contains(migration.name) {
            for statement in migration.statements {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
            let now = Timestamp.text(Date())
            try await connection.query("INSERT INTO schema_migration (name, applied_at) VALUES (\(migration.name), \(now))", logger: logger)
        }
    }

    /// The migrations applied, in order.
    public func appliedMigrations() async throws(StoreError) -> [String] {
        try await read { client in
            var names: [String] = []
            for try await name in try await client.query("SELECT name FROM schema_migration ORDER BY name", logger: logger).decode(String.self) {
                names.append(name)
            }
            return names
        }
    }

    /// The stores over this database.
    public var stores: ServerStores {
        ServerStores(
            sessions: PostgresSessionStore(database: self), tickets: PostgresTicketStore(database: self),
            feedback: PostgresFeedbackStore(database: self), stats: PostgresStatsStore(database: self))
    }

    // MARK: Access, with errors that never carry a value

    func read<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws(StoreError) -> T {
        try await Self.access(client, failure: "database read failed", body)
    }

    /// A write of one statement. PostgreSQL runs a lone statement as a transaction of its own,
    /// so every write is one statement (sessions and their answers' events in one, through a
    /// data-modifying WITH): one round trip, where BEGIN and COMMIT around it made three.
    func write<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws(StoreError) -> T {
        try await Self.access(client, failure: "database write failed", body)
    }

    /// `body` on a connection of the pool; its error reported as `failure` and the server's
    /// words, never a statement's arguments.
    static func access<T: Sendable>(
        _ client: PostgresClient, failure: String, _ body: (PostgresConnection) async throws -> T
    ) async throws(StoreError) -> T {
        do {
            return try await client.withConnection { connection in try await body(connection) }
        } catch {
            throw StoreError("\(failure): \(describe(error))")
        }
    }

    /// The server's SQLSTATE and message, never the statement's arguments.
    static func describe(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let server = error.serverInfo {
                return [server[.sqlState], server[.message]].compactMap { $0 }.joined(separator: ": ")
            }
            return "\(error.code)"
        }
        if let error = error as? PostgresTransactionError {
            guard let inner = error.closureError ?? error.commitError ?? error.beginError ?? error.rollbackError else { return "transaction failed" }
            return describe(inner)
        }
        return String(describing: type(of: error))
    }
}
