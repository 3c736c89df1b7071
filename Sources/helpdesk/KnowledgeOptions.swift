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

extension Language: ExpressibleByArgument {}

/// Tree ids for shell completion, read from the knowledge the command would use.
@Sendable func completeTreeIDs(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
    var explicit: String?
    if let i = words.firstIndex(of: "--knowledge"), i + 1 < words.count { explicit = words[i + 1] }
    guard let knowledge = try? LoadedKnowledge.load(KnowledgeLocator.locate(explicit: explicit), language: .ja, triage: false) else { return [] }
    return knowledge.compiled.trees.map(\.id).filter { $0.hasPrefix(prefix) }
}
