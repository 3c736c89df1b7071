import ArgumentParser
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
        version: "0.2.0",
        subcommands: [Diagnose.self, Triage.self, List.self, Show.self, Check.self, Lint.self, Test.self, Graph.self, Serve.self, Stats.self, Examples.self],
        defaultSubcommand: Diagnose.self
    )
}

/// A command that answers in JSON when asked to: its errors are JSON objects on standard output.
protocol SpeaksJSON {
    var speaksJSON: Bool { get }
}

/// Bad usage or bad input: exit status 2, with the message where the command speaks.
struct CommandError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

extension Helpdesk {
    /// Runs the command line. Errors are reported once, here: as a JSON object on standard
    /// output for a command speaking JSON, else on standard error; bad usage and bad input exit
    /// 2 (the project's convention, not ArgumentParser's 64).
    static func main() async {
        KnowledgeOptions.prefetch(CommandLine.arguments)
        var json = false
        do {
            var command = try parseAsRoot()
            json = (command as? SpeaksJSON)?.speaksJSON ?? false
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let error as ExitCode {
            exit(withError: error)
        } catch {
            if let message = message(for: error) {
                if json {
                    Output.out(WireEncoder().string(ErrorObject(message)))
                } else {
                    Output.err("helpdesk: error: \(TerminalText.safe(message))")
                }
                exit(withError: ExitCode(2))
            }
            if exitCode(for: error) == .validationFailure {
                Output.err(fullMessage(for: error))
                exit(withError: ExitCode(2))
            }
            exit(withError: error)
        }
    }

    /// The message of an error the library or a command raised on bad input.
    static func message(for error: any Error) -> String? {
        switch error {
        case let e as CommandError: return e.message
        case let e as KnowledgeError: return e.description
        case let e as InputError: return e.message
        case let e as StoreError: return e.message
        case let e as TicketError: return e.description
        default: return nil
        }
    }
}
