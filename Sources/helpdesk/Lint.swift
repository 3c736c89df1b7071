import ArgumentParser
import CommandLineSupport
import Service

extension Helpdesk {
    struct Lint: ParsableCommand, SpeaksJSON {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Check knowledge for errors: YAML, schema, references, reachability, cycles, coverage of cases, text.",
            discussion: """
                PATH is a knowledge folder (default: the bundled knowledge) or one file in it. Diagnostics are \
                printed like a compiler's: file:line:column: error|warning: message [rule].

                Exit status: 0 clean, 1 errors found (or warnings, with --strict), 2 bad usage.
                """
        )

        @Argument(help: "A knowledge folder, or a file in one.", completion: .file())
        var path: String?

        @Flag(help: "Fail on warnings too.")
        var strict = false

        @Flag(help: "Print one JSON object instead of lines.")
        var json = false

        @Flag(help: "List the rules and what each catches, then exit.")
        var listRules = false

        var speaksJSON: Bool { json }

        func run() throws {
            if listRules { return Output.out(LintReport.rulesText()) }
            let report = try LintReport.lint(path: path ?? KnowledgeLocator.locate(explicit: nil))
            Output.report(report, json: json)
            if report.fails(strict: strict) { throw ExitCode(1) }
        }
    }
}
