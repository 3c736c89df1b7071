import ArgumentParser
import CommandLineSupport
import Service

@main
struct Helpdesk: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helpdesk",
        abstract: "Troubleshooting for OMU accounts: OMUID, passwords, two-factor authentication, 利用開始手続き.",
        discussion: """
            Students and staff diagnose a problem step by step; helpdesk agents triage tickets; \
            knowledge editors lint and test the FAQ's decision trees.

            The knowledge is read from --knowledge, else $HELPDESK_KNOWLEDGE, else the bundled Knowledge/ folder. \
            The JSON protocol is described in docs/protocol.md, the public names in docs/vocabulary.md.
            """,
        version: helpdeskVersion,
        subcommands: [Diagnose.self, Triage.self, List.self, Show.self, Check.self, Lint.self, Test.self, Graph.self, Serve.self, Stats.self, Examples.self],
        defaultSubcommand: Diagnose.self
    )
}

extension Helpdesk {
    static func main() async {
        KnowledgeOptions.prefetch(CommandLine.arguments)
        await CommandMain.run(Helpdesk.self)
    }
}
