import ArgumentParser
import CommandLineSupport

/// `helpdesk serve`, `helpdesk stats` and `helpdesk examples`: run by `helpdesk-server`
/// (`ServerExecutable`) with every word after the command, `--help` too, so that their options,
/// help and errors are the server's own.
protocol ServerCommand: ParsableCommand {
    var arguments: [String] { get }
}

extension ServerCommand {
    func run() throws {
        try ServerExecutable.exec([Self.configuration.commandName ?? Self._commandName] + arguments)
    }
}

extension Helpdesk {
    struct Serve: ServerCommand {
        static let configuration = CommandConfiguration(commandName: "serve", abstract: ServerCommandNames.serve, helpNames: [])
        @Argument(parsing: .captureForPassthrough, help: "Its options: helpdesk serve --help.")
        var arguments: [String] = []
    }

    struct Stats: ServerCommand {
        static let configuration = CommandConfiguration(commandName: "stats", abstract: ServerCommandNames.stats, helpNames: [])
        @Argument(parsing: .captureForPassthrough, help: "Its options: helpdesk stats --help.")
        var arguments: [String] = []
    }

    struct Examples: ServerCommand {
        static let configuration = CommandConfiguration(commandName: "examples", abstract: ServerCommandNames.examples, helpNames: [])
        @Argument(parsing: .captureForPassthrough, help: "Its subcommand and options: helpdesk examples --help.")
        var arguments: [String] = []
    }
}
