import Foundation
import GRDB
import Service

/// The embedded database: one SQLite file in WAL mode, brought to the newest schema by
/// versioned migrations when it is opened (created on first start).
public struct SQLiteDatabase: Sendable {
    public let path: String
    let pool: DatabasePool

    /// The file's name inside the data folder.
    public static let fileName = "helpdesk.sqlite"

    /// Opens (or creates) the database at `path`, mode 0600, and migrates it.
    public init(path: String) throws(StoreError) {
        self.path = path
        let configuration = Self.configuration()
        do {
            if !FileManager.default.fileExists(atPath: path) {
                guard FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                    throw StoreError("cannot create the database \(path)")
                }
            }
            pool = try DatabasePool(path: path, configuration: configuration)
            try SQLiteMigrations.migrator.migrate(pool)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("cannot open the database \(path): \(Self.describe(error))")
        }
    }

    /// Every connection's settings.
    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        // WAL with synchronous=NORMAL: a commit is in the WAL before the reply, so it survives
        // a kill -9 of the server (the kernel holds the write); only the fsync per commit is
        // spared (a power cut may lose the last commits, never corrupt the file).
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        return configuration
    }

    /// Opens the database in the data folder.
    public init(directory: URL) throws(StoreError) {
        try self.init(path: directory.appendingPathComponent(Self.fileName).path)
    }

    /// The SQLite journal mode in force (`wal`).
    public func journalMode() throws(StoreError) -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// The migrations applied, in order.
    public func appliedMigrations() throws(StoreError) -> [String] {
        try read { db in try SQLiteMigrations.migrator.appliedMigrations(db) }
    }

    /// The stores over this database.
    public var stores: ServerStores {
        ServerStores(
            sessions: SQLiteSessionStore(database: self), tickets: SQLiteTicketStore(database: self),
            feedback: SQLiteFeedbackStore(database: self), stats: SQLiteStatsStore(database: self))
    }

    // MARK: Access, with errors that never carry a value

    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.read(body) } catch { throw StoreError("database read failed: \(Self.describe(error))") }
    }

    /// As `read`, for the server's requests: the task waits for the database without holding
    /// one of the few threads that run every request (a blocking wait held one while another
    /// request's write was committed).
    func read<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do { return try await pool.read(body) } catch { throw StoreError("database read failed: \(Self.describe(error))") }
    }

    /// Writes in a transaction, waiting for its commit without holding a thread.
    func write<T: Sendable>(_ body: @Sendable (Database) throws -> T) async throws(StoreError) -> T {
        do { return try await pool.write(body) } catch { throw StoreError("database write failed: \(Self.describe(error))") }
    }

    // MARK: One statement, prepared once per connection

    /// Runs one statement on the writer, committed by itself (one statement is atomic in
    /// SQLite, so no BEGIN and COMMIT of its own); the statement is compiled once per connection.
    func execute(_ sql: String, _ arguments: StatementArguments) async throws(StoreError) {
        do {
            try await pool.writeWithoutTransaction { db in try db.cachedStatement(sql: sql).execute(arguments: arguments) }
        } catch {
            throw StoreError("database write failed: \(Self.describe(error))")
        }
    }

    /// The first row of one query, read outside a transaction (one statement reads one
    /// snapshot by itself), from a statement compiled once per connection.
    func fetchOne<T: Sendable>(_ sql: String, _ arguments: StatementArguments, _ decode: @Sendable (Row) throws -> T) async throws(StoreError) -> T? {
        do {
            return try await pool.unsafeRead { db in
                try Row.fetchOne(db.cachedStatement(sql: sql), arguments: arguments).map(decode)
            }
        } catch {
            throw StoreError("database read failed: \(Self.describe(error))")
        }
    }

    /// The SQLite result code and message, without the statement's arguments.
    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return "\(error.resultCode)" + (error.message.map { ": \($0)" } ?? "")
        }
        return String(describing: type(of: error))
    }
}

/// Timestamps as ISO 8601 text in UTC, to the millisecond.
enum Timestamp {
    static func text(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    static func date(_ text: String) -> Date? {
        try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)
    }
}
