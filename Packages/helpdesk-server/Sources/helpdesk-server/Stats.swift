import ArgumentParser
import CommandLineSupport
import Foundation
import KnowledgeBase
import Logging
import Server
import Service

extension ServerTool {
    struct Stats: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "stats",
            abstract: ServerCommandNames.stats,
            discussion: """
                Reads the data of `helpdesk serve`: the SQLite file in the data folder, or the PostgreSQL \\
                database given with --database. The same figures as GET /v1/stats and the workbench's \\
                statistics page. A session still asking and untouched for 30 minutes counts as abandoned.
                """
        )

        @OptionGroup var server: ServerDataOptions

        @Option(name: .long, help: ArgumentHelp("The knowledge folder (for the entries' order).", valueName: "path"), completion: .directory)
        var knowledge: String?

        @Flag(help: "Print the JSON object of GET /v1/stats.")
        var json = false

        @Option(help: ArgumentHelp("The language of the text: ja or en (default: the locale).", valueName: "lang"))
        var lang: Language?

        func run() async throws {
            let loaded: LoadedKnowledge
            do {
                loaded = try LoadedKnowledge.load(KnowledgeLocator.locate(explicit: knowledge), language: .ja, triage: false)
            } catch {
                throw CommandError("\(error)")
            }
            let report = try await server.run { stores in
                let statistics = try await stores.stats.statistics(abandonedBefore: Date().addingTimeInterval(-StatsReport.abandonedAfter))
                return StatsReport(statistics, order: loaded.treesInJourneyOrder.map(\.id))
            }
            if json {
                Output.out(String(decoding: WireEncoder(pretty: true).data(report), as: UTF8.self))
            } else {
                Output.out(String(report.text(lang ?? Language.fromEnvironment()).dropLast()))
            }
        }
    }
}

/// The data of an existing server, for the commands that read it (`stats`, `examples export`):
/// a data folder without a database is an error, not a new empty database.
struct ServerDataOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The data folder (default: $XDG_DATA_HOME/helpdesk, else ~/.local/share/helpdesk).", valueName: "dir"), completion: .directory)
    var data: String?

    @Option(help: ArgumentHelp("A PostgreSQL database (postgres://user:password@host:port/name).", valueName: "url"))
    var database: String?

    func run<T: Sendable>(_ body: @escaping @Sendable (ServerStores) async throws -> T) async throws -> T {
        var logger = Logger(label: "helpdesk")
        logger.logLevel = .critical
        let directory = DataDirectory.locate(explicit: data)
        if database == nil || database?.isEmpty == true {
            let file = directory.appendingPathComponent(SQLiteDatabase.fileName).path
            guard FileManager.default.fileExists(atPath: file) else {
                throw CommandError("no server data in \(directory.path) (no \(SQLiteDatabase.fileName)); give --data DIR or --database URL")
            }
        }
        do {
            let store = try ServerDatabase.open(url: database, directory: directory, logger: logger)
            return try await store.run(body)
        } catch let error as StoreError {
            throw CommandError("\(error)")
        }
    }
}
