import Foundation
import Hummingbird
import Logging
import Service

/// `helpdesk serve` once its options are read: loads the knowledge, opens the data folder, the
/// database and the agents' token, says where each is, then serves (reloading the knowledge on
/// SIGHUP and when its folder changes) until SIGTERM or SIGINT. Kept here rather than in the
/// command, so that what a server needs to start is the library's, and the command only reads
/// options and prints.
public struct ServerLauncher: Sendable {
    public var settings: ServerSettings
    /// The knowledge folder.
    public var knowledgePath: String
    /// A PostgreSQL URL; nil or empty for the SQLite file in the data folder.
    public var database: String?
    public var logger: Logger

    public init(settings: ServerSettings, knowledgePath: String, database: String?, logger: Logger) {
        self.settings = settings
        self.knowledgePath = knowledgePath
        self.database = database
        self.logger = logger
    }

    /// Why the server did not start, or stopped.
    public enum Failure: Error, Sendable {
        /// The knowledge, the data folder, the database or the token cannot be used: bad input.
        case setup(String)
        /// The address is in use or not this machine's, or the store failed.
        case serving(String)
    }

    /// Serves until stopped. `say` is told, in order: the database (`database: …`), where the
    /// agents' token comes from (`agent token: …`, never the token), then, once listening, the
    /// address (`listening on …`) and the two pages (`self-service: …   workbench: …`).
    public func run(say: @escaping @Sendable (String) -> Void) async throws {
        let knowledge: LoadedKnowledge
        let store: ServerDatabase
        let token: AgentToken
        do {
            knowledge = try LoadedKnowledge.load(knowledgePath, language: .ja)
            try DataDirectory.prepare(settings.dataDirectory)
            store = try ServerDatabase.open(url: database, directory: settings.dataDirectory, logger: logger)
            token = try AgentToken.resolve(directory: settings.dataDirectory)
        } catch {
            throw Failure.setup("\(error)")
        }
        let settings = settings, knowledgePath = knowledgePath, logger = logger
        do {
            try await store.run(logger: logger) { stores in
                let server = HelpdeskServer(settings: settings, knowledge: knowledge, stores: stores, token: token, logger: logger)
                let reloader = KnowledgeReloader(path: knowledgePath, state: server.state, logger: logger)
                say("database: \(store.location)")
                switch token.origin {
                case .environment: say("agent token: from $\(AgentToken.environmentVariable)")
                case .file(let path, let created): say("agent token: \(path)\(created ? " (new)" : "")")
                }
                let app = server.application { url in
                    say("listening on \(url)")
                    say("self-service: \(url)/   workbench: \(url)/agent")
                }
                try await withThrowingTaskGroup(of: Void.self) { group in
                    // The knowledge is reloaded on SIGHUP and when its folder changes.
                    group.addTask { await reloader.run() }
                    do {
                        try await app.runService()
                    } catch {
                        group.cancelAll()
                        throw Listening(reason: "\(error)")
                    }
                    group.cancelAll()
                }
            }
        } catch let error as Listening {
            // The address in use, or not one of this machine's: said once, plainly.
            throw Failure.serving("cannot serve on \(settings.host):\(settings.port): \(error.reason)")
        } catch let error as StoreError {
            throw Failure.serving("\(error)")
        }
    }

    /// The application could not listen, or stopped with an error.
    struct Listening: Error {
        let reason: String
    }
}
