import ArgumentParser
import Foundation
import Inference
import KnowledgeBase

struct Diagnose: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Diagnose a problem step by step (the default command).",
        discussion: """
            At a terminal: answer each question with its number or a value; at any prompt type ? (why), \
            back, history, help or quit. quit, Ctrl-C or the end of input keeps the session, and the next \
            helpdesk offers to resume it. When standard input is not a terminal, answers are read one per line.

            With --json: one call, one JSON object (DESIGN.md's protocol). Give what is known with --fact \
            KEY=VALUE, or as a JSON object on standard input with --facts - (the way for secrets); answer \
            a step's "did it help?" with --fact <tree>/<node>=yes|no. Bad input gives "status": "error" and exit 2.
            """
    )

    @OptionGroup var options: KnowledgeOptions

    @Option(help: ArgumentHelp("Start at this FAQ entry instead of the navigator.", valueName: "id"))
    var tree: String = "start"

    @Option(name: .customLong("fact"), help: ArgumentHelp("A known fact or step outcome (repeatable).", valueName: "key=value"))
    var facts: [String] = []

    @Option(name: .customLong("facts"), help: ArgumentHelp("Read a JSON object of facts from standard input ('-').", valueName: "-"))
    var factsFile: String?

    @Flag(help: "One JSON object for programs, instead of the terminal dialogue.")
    var json = false

    @Flag(help: "Start afresh, without offering to resume a saved session.")
    var new = false

    @Flag(help: "Resume the saved session without asking.")
    var resume = false

    @Flag(name: .customLong("probe"), inversion: .prefixedNo, help: "Let the machine tell facts it can (the campus network). Default: on at the terminal, off with --json.")
    var probe: Bool?

    func validate() throws {
        if let factsFile, factsFile != "-" { throw ValidationError("--facts reads standard input only: use --facts -") }
        if new && resume { throw ValidationError("--new and --resume cannot go together") }
    }

    func run() throws {
        let language = options.language
        let knowledge = try LoadedKnowledge.load(options.knowledgePath(), language: language, json: json)
        _ = try knowledge.tree(tree, json: json)
        var session = Session(tree: tree)
        let input = FactInput(knowledge: knowledge.compiled)
        do {
            for argument in facts {
                let entry = try input.entry(argument: argument)
                if knowledge.compiled.fact(entry.key)?.type.isSecret == true {
                    Output.err("helpdesk: warning: '\(entry.key)' is secret; give it on standard input (--facts -), not on the command line, where shell history and ps keep it")
                }
                session.record(entry.key, entry.value, source: .given)
            }
            if factsFile == "-" {
                for entry in try input.entries(json: FileHandle.standardInput.readDataToEndOfFile()) {
                    session.record(entry.key, entry.value, source: .given)
                }
            }
        } catch {
            throw UsageError(error.description, json: json)
        }
        if json {
            try runJSON(knowledge: knowledge, session: session, language: language)
        } else {
            try runTerminal(knowledge: knowledge, session: session, language: language)
        }
    }

    func runJSON(knowledge: LoadedKnowledge, session start: Session, language: Language) throws {
        var session = start
        let engine = Engine(knowledge: knowledge.compiled, derivations: knowledge.derivations, allowProbes: probe ?? false)
        var result = engine.step(session)
        while case .probe(let fact, let name) = result.status {
            session.probed.insert(fact)
            if let reading = knowledge.derivations.probes[name]?() {
                session.record(fact, reading.value, source: .probed, how: reading.how)
            }
            result = engine.step(session)
        }
        let object = ProtocolObject(knowledge: knowledge.compiled, language: language).object(for: result, session: session)
        Output.out(Output.json(object))
        if case .error = result.status { throw ExitCode(2) }
    }

    func runTerminal(knowledge: LoadedKnowledge, session start: Session, language: Language) throws {
        let store = SessionStore()
        var session = start
        if !new {
            switch store.load(knowledge: knowledge.compiled) {
            case .none:
                break
            case .setAside(let reason, let to):
                Output.err(language == .ja
                    ? "保存されていた診断は使えないため、別の場所に移しました(\(reason)): \(to.path)"
                    : "The saved diagnosis could not be used (\(reason)); it was moved to \(to.path)")
            case .saved(let saved):
                let sameStart = saved.session.tree == tree || tree == "start"
                if sameStart && (resume || askResume(saved, knowledge: knowledge, language: language)) {
                    session = saved.session
                    for entry in start.entries { session.record(entry.key, entry.value, source: entry.source) }
                }
            }
        }
        var terminal = TerminalDiagnosis(
            knowledge: knowledge, language: language, store: store, session: session,
            engine: Engine(knowledge: knowledge.compiled, derivations: knowledge.derivations, allowProbes: probe ?? true))
        let status = terminal.run()
        if status != 0 { throw ExitCode(status) }
    }

    /// 「以前に中断した手順から再開しますか?」, as the activation procedure asks.
    func askResume(_ saved: SessionStore.Saved, knowledge: LoadedKnowledge, language: Language) -> Bool {
        let title = knowledge.compiled.tree(saved.session.tree)?.tree.title.text(language) ?? saved.session.tree
        let answers = saved.session.answered.count
        print(Messages.resume.text(language))
        print(language == .ja ? "  (\(title)、回答 \(answers) 件)" : "  (\(title), \(answers) answers)")
        print("  1) \(Messages.yes.text(language))\n  2) \(Messages.no.text(language))")
        while true {
            Output.prompt("> ")
            guard let raw = readLine() else { return false }
            if isatty(STDIN_FILENO) != 1 { print(raw) }
            let line = raw.nfkc.trimmingCharacters(in: .whitespaces).lowercased()
            if ["1", "y", "yes", "はい"].contains(line) { return true }
            if ["2", "n", "no", "いいえ"].contains(line) { return false }
            print(language == .ja ? "1(はい)か2(いいえ)で答えてください。" : "Answer 1 (yes) or 2 (no).")
        }
    }
}
