import Foundation
import HummingbirdTesting
import Logging
import PostgresNIO
import Server
import Service
import Testing

/// The databases store tests run on: SQLite always; PostgreSQL when
/// `HELPDESK_TEST_POSTGRES_URL` names a server (CI starts one and sets it), each test on a
/// database of its own, dropped afterwards.
enum TestDatabase: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    static let postgresURL = ProcessInfo.processInfo.environment["HELPDESK_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    /// The kinds this machine can test.
    static var available: [TestDatabase] { postgresURL == nil ? [.sqlite] : [.sqlite, .postgres] }

    var testDescription: String { rawValue }

    static let logger: Logger = {
        var logger = Logger(label: "helpdesk-test-db")
        logger.logLevel = .critical
        return logger
    }()

    /// Runs `body` with a fresh, migrated database of this kind.
    func with<T: Sendable>(_ body: @escaping @Sendable (ServerDatabase) async throws -> T) async throws -> T {
        switch self {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-store-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: directory) }
            let database = try ServerDatabase.open(url: nil, directory: directory, logger: Self.logger)
            return try await body(database)
        case .postgres:
            let url = try #require(Self.postgresURL)
            let name = "helpdesk_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            try await Self.admin(url) { "CREATE DATABASE \(name)" }
            do {
                let value = try await body(try ServerDatabase.open(url: Self.url(url, database: name), directory: URL(fileURLWithPath: "/"), logger: Self.logger))
                try await Self.admin(url) { "DROP DATABASE \(name) WITH (FORCE)" }
                return value
            } catch {
                try? await Self.admin(url) { "DROP DATABASE \(name) WITH (FORCE)" }
                throw error
            }
        }
    }

    /// Runs `body` against a test server on a fresh, migrated database of this kind, with the
    /// server's stores to look into.
    func withServer(_ body: @escaping @Sendable (any TestClientProtocol, ServerStores) async throws -> Void) async throws {
        try await with { database in
            try await database.run { stores in
                let t = try TestServer(stores: stores)
                defer { t.remove() }
                try await t.test { client in try await body(client, stores) }
            }
        }
    }

    /// `url` with another database name.
    static func url(_ url: String, database: String) -> String {
        var components = URLComponents(string: url)!
        components.path = "/" + database
        return components.string!
    }

    /// Runs one statement outside a transaction on the server's database named in `url`.
    static func admin(_ url: String, _ sql: @Sendable () -> String) async throws {
        let database = try PostgresDatabase(url: url, logger: logger)
        let statement = sql()
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await database.client.run() }
            try await database.client.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            group.cancelAll()
        }
    }
}
