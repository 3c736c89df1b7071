import ArgumentParser
import CommandLineSupport
import Domain
import Foundation
import KnowledgeBase
import Service

extension Helpdesk {
    /// `helpdesk check <check>`: runs one domain check on a value the user typed.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check a value the way the OMU screens read it: OMUID, password, recovery address, setup key, one-time password, code age, network.",
            discussion: """
                Each check reports findings with a code (docs/vocabulary.md lists them) and what to do. \
                Secret values (password, setup key, one-time password) never appear in any output.

                Exit status: 0 no findings, 1 findings, 2 bad usage.
                """,
            subcommands: [OMUID.self, Password.self, RecoveryEmail.self, SetupKey.self, OTP.self, CodeAge.self, Network.self]
        )

        func run() throws {
            let names = Self.configuration.subcommands.compactMap { $0.configuration.commandName }
            throw CommandError("name a check: \(names.joined(separator: ", "))")
        }
    }
}

/// The options every check takes: the knowledge folder, the language, and `--json`.
struct CheckOptions: ParsableArguments {
    @OptionGroup var knowledge: KnowledgeOptions

    @Flag(help: "Print one JSON object instead of text.")
    var json = false

    var language: Language { knowledge.language }

    /// The site data of the knowledge folder.
    func site() throws -> SiteData { try Checks.site(knowledge: knowledge.knowledgePath()) }

    /// Prints the result; findings make the command exit 1.
    func emit(_ result: CheckResult) throws {
        Output.report(result, json: json)
        if !result.ok { throw ExitCode(1) }
    }
}

/// A check command: speaks JSON when its options say so.
protocol CheckCommand: ParsableCommand, SpeaksJSON {
    var options: CheckOptions { get }
}

extension CheckCommand {
    var speaksJSON: Bool { options.json }
}
