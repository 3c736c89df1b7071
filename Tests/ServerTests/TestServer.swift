import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Server
import Service
import Testing

/// A server on a fresh data folder, with a log that the test can read.
struct TestServer {
    static let knowledgeRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Knowledge").path

    static let knowledge: LoadedKnowledge = {
        do { return try LoadedKnowledge.load(knowledgeRoot, language: .ja) } catch { fatalError("\(error)") }
    }()

    static let token = "test-agent-token-0123456789abcdef0123456789abcdef"

    let directory: URL
    let database: SQLiteDatabase
    let server: HelpdeskServer
    let log: LogCapture

    /// A server on a new SQLite file, or on `stores` (PostgreSQL's) when given; on `knowledge`,
    /// else the bundled knowledge.
    init(
        rateLimit: TokenBucket.Settings = .init(capacity: 1_000, refillPerSecond: 1_000), maxBodyBytes: Int = 64 * 1024,
        stores: ServerStores? = nil, state: KnowledgeState? = nil
    ) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("helpdesk-server-\(UUID().uuidString)")
        try DataDirectory.prepare(directory)
        database = try SQLiteDatabase(directory: directory)
        let log = LogCapture()
        self.log = log
        var logger = Logger(label: "helpdesk-test") { _ in CapturingLogHandler(capture: log) }
        logger.logLevel = .trace
        let settings = ServerSettings(dataDirectory: directory, maxBodyBytes: maxBodyBytes, rateLimit: rateLimit)
        if let state {
            server = HelpdeskServer(
                settings: settings, state: state, stores: stores ?? database.stores, token: AgentToken(Self.token), logger: logger)
        } else {
            server = HelpdeskServer(
                settings: settings, knowledge: Self.knowledge, stores: stores ?? database.stores, token: AgentToken(Self.token), logger: logger)
        }
    }

    /// Runs `body` against the router, in process.
    func test<Value: Sendable>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await server.application().test(.router) { client in try await body(client) }
    }

    /// Every byte the data folder holds (the database, its WAL and shared memory, the token).
    func dataBytes() throws -> Data {
        var all = Data()
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() {
            all.append(try Data(contentsOf: directory.appendingPathComponent(name)))
        }
        return all
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

/// Everything logged, as text.
final class LogCapture: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var text: String { lock.withLock { lines.joined(separator: "\n") } }
    var entries: [String] { lock.withLock { lines } }
}

struct CapturingLogHandler: LogHandler {
    let capture: LogCapture
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let all = metadata.merging(event.metadata ?? [:]) { $1 }
        let fields = all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        capture.append("\(event.level) \(event.message) \(fields) \(event.source) \(event.file):\(event.line)")
    }
}

// MARK: Requests and replies

extension TestClientProtocol {
    func json(
        _ method: HTTPRequest.Method, _ uri: String, _ body: String? = nil, agent: Bool = false, headers: HTTPFields = [:]
    ) async throws -> TestResponse {
        var fields = headers
        if body != nil { fields[.contentType] = "application/json" }
        if agent { fields[.authorization] = "Bearer \(TestServer.token)" }
        return try await execute(uri: uri, method: method, headers: fields, body: body.map { ByteBuffer(string: $0) })
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    /// The body as a JSON object.
    var object: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }

    var errorCode: String? { (object["error"] as? [String: Any])?["code"] as? String }
    var errorMessage: String? { (object["error"] as? [String: Any])?["message"] as? String }
    var questionKey: String? { (object["question"] as? [String: Any])?["key"] as? String }
    var status_: String? { object["status"] as? String }
}

/// A JSON string literal for `value`.
func jsonString(_ value: String) -> String {
    String(decoding: try! JSONEncoder().encode(value), as: UTF8.self)
}
