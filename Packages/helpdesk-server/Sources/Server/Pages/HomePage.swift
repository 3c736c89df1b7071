import KnowledgeBase
import Mustache
import Service

/// The self-service start page: a description for triage to read, the navigator, and every
/// entry under its stage, in the order of the journey.
struct HomePage: PageContent {
    static var template: MustacheTemplate { PageTemplates.home }

    struct Stage: Sendable {
        let label: String
        var trees: [Entry]
    }

    struct Entry: Sendable {
        let id: String
        let title: String
        let lang: String
    }

    let heading: String
    let intro: String
    let describe: String
    let describeButton: String
    let navigator: String
    let navigatorButton: String
    let entries: String
    let stages: [Stage]
    let lang: String

    init(knowledge: LoadedKnowledge, language: Language) {
        func w(_ t: LocalizedText) -> String { t.text(language) }
        var stages: [Stage] = []
        for tree in knowledge.treesInJourneyOrder where tree.id != "start" {
            let label = PageWords.stage(tree.stage).text(language)
            let entry = Entry(id: tree.id, title: tree.title.text(language), lang: language.rawValue)
            if stages.last?.label == label {
                stages[stages.count - 1].trees.append(entry)
            } else {
                stages.append(Stage(label: label, trees: [entry]))
            }
        }
        heading = w(PageWords.title)
        intro = w(PageWords.intro)
        describe = w(PageWords.describe)
        describeButton = w(PageWords.describeButton)
        navigator = w(PageWords.navigator)
        navigatorButton = w(PageWords.navigatorButton)
        entries = w(PageWords.entries)
        self.stages = stages
        lang = language.rawValue
    }
}
