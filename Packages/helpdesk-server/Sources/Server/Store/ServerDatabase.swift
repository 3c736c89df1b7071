import Foundation
import Logging
import Service

/// Where a server keeps its data: the embedded SQLite file in the data folder (the default),
/// or a PostgreSQL database that several servers share (`--database postgres://…`).
public enum ServerDatabase: Sendable {
    case sqlite(SQLiteDatabase)
    case postgres(PostgresDatabase)

    /// The database `url` names, else the SQLite file in `directory` (created on first start).
    public static func open(url: String?, directory: URL, logger: Logger) throws(StoreError) -> ServerDatabase {
        if let url, !url.isEmpty {
            return .postgres(try PostgresDatabase(url: url, logger: logger))
        }
        do { try DataDirectory.prepare(directory) } catch { throw StoreError("\(error)") }
        return .sqlite(try SQLiteDatabase(directory: directory))
    }

    /// The file's path, or the URL without its password.
    public var location: String {
        switch self {
        case .sqlite(let database): database.path
        case .postgres(let database): database.displayURL
        }
    }

    /// Runs `body` with the stores ready: for SQLite, while the log is checkpointed beside the
    /// writer (`WALCheckpointer`); for PostgreSQL, while its connection pool runs, after the
    /// migrations. What runs beside `body` stops when it returns.
    public func run<T: Sendable>(
        logger: Logger = Logger(label: "helpdesk"), _ body: @escaping @Sendable (ServerStores) async throws -> T
    ) async throws -> T {
        switch self {
        case .sqlite(let database):
            return try await withThrowingTaskGroup(of: T?.self, returning: T.self) { group in
                group.addTask {
                    await WALCheckpointer(database: database, logger: logger).run()
                    return nil
                }
                defer { group.cancelAll() }
                return try await body(database.stores)
            }
        case .postgres(let database):
            return try await withThrowingTaskGroup(of: T?.self, returning: T.self) { group in
                // The pool's `run()` is begun before the first query: PostgresNIO warns of a
                // query that comes first (it waits for `run()`, so nothing fails, but the warning
                // printed at every start). The task says it is starting, then starts at once.
                await withCheckedContinuation { (started: CheckedContinuation<Void, Never>) in
                    group.addTask {
                        started.resume()
                        await database.client.run()
                        return nil
                    }
                }
                do {
                    try await database.migrate()
                    let value = try await body(database.stores)
                    group.cancelAll()
                    return value
                } catch {
                    group.cancelAll()
                    throw error
                }
            }
        }
    }
}
