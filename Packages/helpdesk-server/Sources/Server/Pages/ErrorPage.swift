import KnowledgeBase
import Mustache

/// An error as a page: what went wrong in the page's language, and the way back to `home`.
struct ErrorPage: PageContent {
    static var template: MustacheTemplate { PageTemplates.error }

    let heading: String
    let message: String
    let startOver: String
    let lang: String
    let home: String

    init(message: String, language: Language, home: String, back: LocalizedText) {
        heading = PageWords.error.text(language)
        self.message = message
        startOver = back.text(language)
        lang = language.rawValue
        self.home = home
    }
}
