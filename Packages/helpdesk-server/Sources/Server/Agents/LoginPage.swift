import KnowledgeBase
import Mustache

/// The workbench's sign-in page: the token field, and why the last try failed.
struct LoginPage: PageContent {
    static var template: MustacheTemplate { WorkbenchTemplates.login }

    let heading: String
    let tokenLabel: String
    let signIn: String
    let lang: String
    let notice: String?

    init(_ language: Language, notice: LocalizedText?) {
        heading = WorkbenchWords.login.text(language)
        tokenLabel = WorkbenchWords.token.text(language)
        signIn = WorkbenchWords.signIn.text(language)
        lang = language.rawValue
        self.notice = notice?.text(language)
    }
}
