import ArgumentParser
import CommandLineSupport
import Foundation
import Inference
import KnowledgeBase
import Service

extension Helpdesk {
    struct Diagnose: ParsableCommand, SpeaksJSON {
        static let configuration = CommandConfiguration(
            commandName: "diagnose",
            abstract: "Diagnose a problem step by step (the default command).",
            discussion: """
                At a terminal: answer each question with its number or a value; at any prompt type ? (why), \
                back, history, help or quit. quit, Ctrl-C or the end of input keeps the session, and the next \
                helpdesk offers to resume it. When standard input is not a terminal, answers are read one per line.

                With --json: one call, one JSON object (the protocol of docs/protocol.md). Give what is known with \
                --fact KEY=VALUE, or as a JSON object on standard input with --facts - (the way for secrets); answer \
                a step's "did it help?" with --fact <tree>/<node>=yes|no. Bad input gives "status": "error" and exit 2. \
                Fact ids are listed in docs/vocabulary.md.
                """
        )

        @OptionGroup var options: KnowledgeOptions

        @Option(help: ArgumentHelp("Start at this FAQ entry instead of the navigator.", valueName: "id"), completion: .custom(completeTreeIDs))
        var tree: String = "start"

        @Option(name: .customLong("fact"), help: ArgumentHelp("A known fact or step outcome (repeatable).", valueName: "key=value"))
        var facts: [String] = []

        @Option(name: .customLong("facts"), help: ArgumentHelp("Read a JSON object of facts from standard input ('-'); null is \"I don't know\".", valueName: "-"))
        var factsFile: String?

        @Option(name: .customLong("unknown"), help: ArgumentHelp("A fact the user does not know (repeatable).", valueName: "key"))
        var unknowns: [String] = []

        @Flag(help: "One JSON object for programs, instead of the terminal dialogue.")
        var json = false

        @Flag(help: "Start afresh, without offering to resume a saved session.")
        var new = false

        @Flag(help: "Resume the newest saved session without asking.")
        var resume = false

        @Flag(
            name: .customLong("probe"), inversion: .prefixedNo,
            help: "Let the machine tell facts it can (the campus network). Default: on at the terminal, off with --json.")
        var probe: Bool?

        var speaksJSON: Bool { json }

        func validate() throws {
            if let factsFile, factsFile != "-" { throw ValidationError("--facts reads standard input only: use --facts -") }
            if new && resume { throw ValidationError("--new and --resume cannot go together") }
        }

        func run() throws {
            let language = options.language
            let knowledge = try options.load(triage: false)
            var call = ProtocolCall(tree: tree, arguments: facts, unknowns: unknowns, allowProbes: probe ?? false)
            if factsFile == "-" { call.json = FileHandle.standardInput.readDataToEndOfFile() }
            if json {
                let outcome = try call.run(on: knowledge, language: language)
                for key in outcome.secretArguments { warnSecret(key) }
                Output.out(WireEncoder().string(outcome.object))
                if outcome.failed { throw ExitCode(2) }
                return
            }
            _ = try knowledge.tree(tree)
            let given = try call.entries(knowledge.compiled)
            call.secretArguments(knowledge.compiled).forEach(warnSecret)
            var session = Session(tree: tree)
            for entry in given { session.record(entry.key, entry.value, source: entry.source) }
            var dialogue = DiagnosisDialogue(
                knowledge: knowledge, language: language, store: FileSessionStore(), session: session, allowProbes: probe ?? true,
                console: TerminalConsole(), style: Output.style, columns: TerminalConsole.columns)
            if !new { dialogue.offerResume(given: given, automatically: resume, startTree: tree, languageGiven: options.lang != nil) }
            let status = dialogue.run()
            if status != 0 { throw ExitCode(status) }
        }

        func warnSecret(_ key: String) {
            Output.err("helpdesk: warning: '\(key)' is secret; give it on standard input (--facts -), not on the command line, where shell history and ps keep it")
        }
    }
}
