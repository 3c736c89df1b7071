import KnowledgeBase

/// The frame around every page (`PageTemplates.layout`): the language, the header's link home
/// and to the other language, the page's body already rendered, and the script, if any.
struct PageLayout: Sendable {
    let lang: String
    let title: String
    let site: String
    let home: String
    let otherLang: String
    let otherLabel: String
    let otherHref: String
    let body: String
    let script: String?

    init(body: String, language: Language, site: LocalizedText, home: String, script: String?) {
        let other: Language = language == .ja ? .en : .ja
        lang = language.rawValue
        title = site.text(language)
        self.site = site.text(language)
        self.home = home
        otherLang = other.rawValue
        otherLabel = PageWords.otherLanguage.text(language)
        otherHref = "\(home)?lang=\(other.rawValue)"
        self.body = body
        self.script = script
    }
}
