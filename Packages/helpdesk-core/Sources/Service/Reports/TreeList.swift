import KnowledgeBase

/// Every FAQ entry with its id, stage and titles, in the order of the user's journey.
public struct TreeList: Report {
    public struct Entry: Codable, Sendable, Equatable {
        public struct Titles: Codable, Sendable, Equatable {
            public var ja: String
            public var en: String
        }

        public var id: String
        public var stage: String
        public var title: Titles
        public var keywords: [String]
    }

    public var version = wireVersion
    public var trees: [Entry]
    let language: Language

    enum CodingKeys: String, CodingKey { case version, trees }

    public init(_ knowledge: LoadedKnowledge, language: Language) {
        self.language = language
        trees = knowledge.treesInJourneyOrder.map {
            Entry(id: $0.id, stage: $0.stage.rawValue, title: .init(ja: $0.title.ja ?? "", en: $0.title.en ?? ""), keywords: $0.keywords)
        }
    }

    public func text(_ style: Styler) -> String {
        let idWidth = trees.map { TextWidth.width($0.id) }.max() ?? 0
        let stageWidth = trees.map { TextWidth.width($0.stage) }.max() ?? 0
        return trees.map { tree in
            let title = language == .ja ? (tree.title.ja.isEmpty ? tree.title.en : tree.title.ja) : (tree.title.en.isEmpty ? tree.title.ja : tree.title.en)
            return "\(TextWidth.pad(tree.id, to: idWidth))  \(TextWidth.pad(tree.stage, to: stageWidth))  \(title)"
        }.joined(separator: "\n")
    }
}
