import ArgumentParser

@main
struct Helpdesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "helpdesk",
        abstract: "Troubleshooting for OMU accounts: OMUID, passwords, two-factor authentication, 利用開始手続き.",
        discussion: """
            Students and staff diagnose a problem step by step; helpdesk agents triage tickets; \
            knowledge editors lint and test the FAQ's decision trees.

            The knowledge is read from --knowledge, else $HELPDESK_KNOWLEDGE, else the bundled Knowledge/ folder.
            """,
        version: "0.1.0",
        subcommands: [Diagnose.self, TriageCommand.self, List.self, Show.self, Check.self, Lint.self, Test.self, Graph.self],
        defaultSubcommand: Diagnose.self
    )
}

extension Helpdesk {
    /// Runs the command line. Bad usage exits 2 (the project's convention) rather than
    /// ArgumentParser's 64; everything else is as ArgumentParser does it.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as UsageError {
            error.exit()
        } catch {
            if let code = error as? ExitCode { exit(withError: code) }
            if exitCode(for: error) == .validationFailure {
                Output.err(fullMessage(for: error))
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }
}
