import ArgumentParser
import CommandLineSupport
import Foundation
import Logging
import Server
import Service

extension ServerTool {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "serve",
            abstract: ServerCommandNames.serve,
            discussion: """
                Routes, bodies and replies are described in docs/openapi.yaml. Sessions return the object of \
                docs/protocol.md with an "id". Agents' routes (/v1/triage, /v1/feedback, /v1/stats) take \
                Authorization: Bearer <token>, the token being $HELPDESK_AGENT_TOKEN, else the one kept in \
                <data>/agent-token (made on first start). The server never probes its own network and never \
                takes a secret fact's value. Pages: / (self-service) and /agent (the workbench; sign in with the \
                token). The data is kept in <data>/helpdesk.sqlite, or in PostgreSQL with --database. The knowledge \
                is reloaded on SIGHUP and when its folder changes, and used only when it has no lint error. \
                SIGTERM or SIGINT stops it cleanly.
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

        @Option(
            help: ArgumentHelp(
                "A PostgreSQL database to keep the data in instead (postgres://user:password@host:port/name); servers sharing it share sessions. Add ?synchronous_commit=on for commits that wait for the disk.",
                valueName: "url"))
        var database: String?

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
            let settings = ServerSettings(
                host: host, port: port, dataDirectory: DataDirectory.locate(explicit: data),
                rateLimit: .init(capacity: rateBurst, refillPerSecond: rateRefill))
            let launcher = ServerLauncher(
                settings: settings, knowledgePath: KnowledgeLocator.locate(explicit: knowledge), database: database, logger: logger)
            do {
                try await launcher.run { line in
                    Output.out(line)
                    fflush(nil)
                }
            } catch let failure as ServerLauncher.Failure {
                switch failure {
                case .setup(let message): throw CommandError(message)
                case .serving(let message):
                    Output.err("helpdesk: error: \(message)")
                    throw ExitCode(1)
                }
            }
        }
    }
}
