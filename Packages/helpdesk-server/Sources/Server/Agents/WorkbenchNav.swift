import KnowledgeBase
import Mustache

/// The workbench's tabs (the tickets, the statistics, signing out), rendered once and put at
/// the top of each signed-in page as its `nav`.
struct WorkbenchNav: Sendable {
    let lang: String
    let title: String
    let statsLabel: String
    let signOut: String

    init(_ language: Language) {
        lang = language.rawValue
        title = WorkbenchWords.title.text(language)
        statsLabel = WorkbenchWords.stats.text(language)
        signOut = WorkbenchWords.signOut.text(language)
    }

    var html: String { WorkbenchTemplates.nav.render(self) }
}
