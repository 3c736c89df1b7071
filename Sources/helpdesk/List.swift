import ArgumentParser
import KnowledgeBase

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List every FAQ entry (tree) with its id, stage and title.")

    @OptionGroup var options: KnowledgeOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() throws {
        let language = options.language
        let knowledge = try LoadedKnowledge.load(options.knowledgePath(), language: language, json: json)
        let trees = knowledge.compiled.trees.map(\.tree).sorted { ($0.stage.order, $0.id) < ($1.stage.order, $1.id) }
        if json {
            Output.out(Output.json(trees.map {
                [
                    "id": $0.id, "stage": $0.stage.rawValue, "title": ["ja": $0.title.ja ?? "", "en": $0.title.en ?? ""],
                    "keywords": $0.keywords,
                ] as [String: Any]
            }))
            return
        }
        let idWidth = trees.map { TextWidth.width($0.id) }.max() ?? 0
        let stageWidth = trees.map { TextWidth.width($0.stage.rawValue) }.max() ?? 0
        for tree in trees {
            Output.out("\(TextWidth.pad(tree.id, to: idWidth))  \(TextWidth.pad(tree.stage.rawValue, to: stageWidth))  \(tree.title.text(language))")
        }
    }
}

extension Stage {
    /// The order of the user's journey, for listings.
    var order: Int { Stage.allCases.firstIndex(of: self) ?? 0 }
}
