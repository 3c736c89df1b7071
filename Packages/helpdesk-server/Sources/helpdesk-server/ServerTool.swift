import ArgumentParser
import CommandLineSupport

/// The commands that need the HTTP server or its database, in an executable of their own:
/// `helpdesk serve`, `helpdesk stats` and `helpdesk examples export` run this one (it is built
/// beside `helpdesk`), so that the tool's other commands start without the web and database
/// stack. It calls itself `helpdesk` in its help and errors, as that is what users typed.
@main
struct ServerTool: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helpdesk",
        abstract: "The server side of helpdesk: serve, stats and examples export (run by `helpdesk serve`, `helpdesk stats`, `helpdesk examples`).",
        version: helpdeskVersion,
        subcommands: [Serve.self, Stats.self, Examples.self]
    )

    static func main() async {
        await CommandMain.run(ServerTool.self)
    }
}
