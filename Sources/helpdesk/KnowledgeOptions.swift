import ArgumentParser
import Foundation
import KnowledgeBase
import Service

/// `--knowledge PATH` and `--lang`, shared by the commands that read knowledge or speak to people.
struct KnowledgeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The knowledge folder.", valueName: "path"), completion: .directory)
    var knowledge: String?

    @Option(name: .long, help: "Language of text for people: ja or en (default: the locale, else ja).")
    var lang: Language?

    /// The knowledge folder to use: the option, the environment, or the bundled one.
    func knowledgePath() -> String {
        KnowledgeLocator.locate(explicit: knowledge)
    }

    var language: Language { lang ?? Language.fromEnvironment() }

    /// The knowledge; `triage: false` for commands that do not triage.
    func load(triage: Bool = true) throws -> LoadedKnowledge {
        try LoadedKnowledge.load(knowledgePath(), language: language, triage: triage)
    }
}

extension KnowledgeOptions {
    /// The commands that load the knowledge first thing, and whether they triage.
    static let loadingAtStart = ["diagnose": false, "list": false, "show": false, "graph": false, "triage": true]

    /// Starts loading the knowledge the command line's command will ask for (`KnowledgePrefetch`)
    /// while ArgumentParser parses it, reading the arguments as it will: the first names the
    /// command (none, or an option: diagnose, the default), `--knowledge PATH` or
    /// `--knowledge=PATH` the folder. Not for help or the version. A guess that turns out wrong
    /// costs nothing but the other core's time: the command loads what it asks for.
    static func prefetch(_ arguments: [String]) {
        let args = arguments.dropFirst()
        guard args.first != "help", !args.contains(where: { ["-h", "--help", "--version"].contains($0) }) else { return }
        let command = args.first.flatMap { $0.hasPrefix("-") ? nil : $0 } ?? "diagnose"
        guard let triage = loadingAtStart[command] else { return }
        KnowledgePrefetch.start(path: KnowledgeLocator.locate(explicit: knowledgeArgument(in: args)), triage: triage)
    }

    /// The folder named by `--knowledge PATH` or `--knowledge=PATH` among command-line words,
    /// the last one as ArgumentParser takes it; nil when there is none.
    static func knowledgeArgument(in words: some Collection<String>) -> String? {
        var explicit: String?
        for (i, word) in zip(words.indices, words) {
            if word == "--knowledge", words.index(after: i) < words.endIndex {
                explicit = words[words.index(after: i)]
            } else if word.hasPrefix("--knowledge=") {
                explicit = String(word.dropFirst("--knowledge=".count))
            }
        }
        return explicit
    }
}

/// Tree ids for shell completion, read from the knowledge the command would use.
@Sendable func completeTreeIDs(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
    let explicit = KnowledgeOptions.knowledgeArgument(in: words)
    guard let knowledge = try? LoadedKnowledge.load(KnowledgeLocator.locate(explicit: explicit), language: .ja, triage: false) else { return [] }
    return knowledge.compiled.trees.map(\.id).filter { $0.hasPrefix(prefix) }
}
