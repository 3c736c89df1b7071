import ArgumentParser
import Foundation
import Logging
import Server
import Service

extension Helpdesk {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the diagnosis and agents' triage over HTTP (JSON), on an embedded SQLite database.",
            discussion: """
                Routes, bodies and replies are described in docs/openapi.yaml. Sessions return the object of \
                docs/protocol.md with an "id". Agents' routes (/v1/triage, /v1/feedback, /v1/stats) take \
                Authorization: Bearer <token>, the token being $HELPDESK_AGENT_TOKEN, else the one kept in \
                <data>/agent-token (made on first start). The server never probes its own network and never \
                takes a secret fact's value. SIGTERM or SIGINT stops it cleanly.
                """
        )

        @Option(help: "The address to listen on.")
        var host: String = "127.0.0.1"

        @Option(help: "The port to listen on (0: any free port).")
        var port: Int = 8080

        @Option(
            help: ArgumentHelp("The data folder (default: $XDG_DATA_HOME/helpdesk, else ~/.local/share/helpdesk).", valueName: "dir"),
            completion: .directory)
        var data: String?

        @Option(name: .long, help: ArgumentHelp("The knowledge folder.", valueName: "path"), completion: .directory)
        var knowledge: String?

        @Option(help: ArgumentHelp("Requests each client may make at once on the public write routes.", valueName: "n"))
        var rateBurst: Double = 30

        @Option(help: ArgumentHelp("Requests per second each client regains on those routes.", valueName: "n"))
        var rateRefill: Double = 1

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("--port takes 0 to 65535") }
            guard rateBurst >= 1, rateRefill > 0 else { throw ValidationError("--rate-burst takes 1 or more, --rate-refill more than 0") }
        }

        func run() async throws {
            LoggingSystem.bootstrap { StreamLogHandler.standardError(label: $0) }
            var logger = Logger(label: "helpdesk")
            logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
            let directory = DataDirectory.locate(explicit: data)
            let knowledge: LoadedKnowledge
            let database: SQLiteDatabase
            let token: AgentToken
            do {
                knowledge = try LoadedKnowledge.load(KnowledgeLocator.locate(explicit: self.knowledge), language: .ja)
                try DataDirectory.prepare(directory)
                database = try SQLiteDatabase(directory: directory)
                token = try AgentToken.resolve(directory: directory)
            } catch {
                throw CommandError("\(error)")
            }
            let settings = ServerSettings(
                host: host, port: port, dataDirectory: directory, rateLimit: .init(capacity: rateBurst, refillPerSecond: rateRefill))
            let server = HelpdeskServer(settings: settings, knowledge: knowledge, stores: database.stores, token: token, logger: logger)
            Output.out("database: \(database.path)")
            switch token.origin {
            case .environment: Output.out("agent token: from $\(AgentToken.environmentVariable)")
            case .file(let path, let created): Output.out("agent token: \(path)\(created ? " (new)" : "")")
            }
            let app = server.application { url in
                Output.out("listening on \(url)")
                fflush(nil)
            }
            do {
                try await app.runService()
            } catch {
                // The address in use, or not one of this machine's: said once, plainly.
                Output.err("helpdesk: error: cannot serve on \(host):\(port): \(error)")
                throw ExitCode(1)
            }
        }
    }
}
