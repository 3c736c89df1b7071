import KnowledgeBase
import Mustache
import Service

/// A self-service session's page: the entry, a notice, then the question (a step to try with
/// "did it help?", or a prompt with its choices or an input) or the conclusion (the remedy,
/// its steps and links, the inquiry form's category), and the way back.
struct SessionPage: PageContent {
    static var template: MustacheTemplate { PageTemplates.session }

    struct Question: Sendable {
        let key: String
        let acceptsUnknown: Bool
        let unknownLabel: String
        let whyLabel: String
        let links: [PageLink]
        /// A step's instruction (empty when the knowledge gives none); nil for a question.
        let instruction: String?
        let prompt: String
        /// Buttons, for a step, a yes/no or a choice question; nil for typed answers.
        let choices: [Choice]?
        /// The input's type (`number` or `text`) for a typed answer.
        let input: String?
        let number: Bool
        let answerLabel: String?
        let hint: String?
        let why: String?
    }

    struct Choice: Sendable {
        let value: String
        let label: String
    }

    struct Conclusion: Sendable {
        let title: String
        let text: String
        let steps: [String]
        let hasSteps: Bool
        let links: [PageLink]
        let contact: Contact?
    }

    /// The inquiry form's category (and question) to pick, with the form's link.
    struct Contact: Sendable {
        let label: String
        let formLabel: String
        let categoryLabel: String
        let questionLabel: String
        let question: String?
        let form: PageLink?
    }

    let id: String
    let lang: String
    let backLabel: String
    let resume: String
    let startOver: String
    let canGoBack: Bool
    let notice: String?
    let entry: String?
    let question: Question?
    let conclusion: Conclusion?

    init(_ walk: ServerDiagnosis.Walk, knowledge: LoadedKnowledge, notice: LocalizedText?) {
        let language = walk.saved.language
        func w(_ t: LocalizedText) -> String { t.text(language) }
        let object = walk.object
        id = walk.saved.id
        lang = language.rawValue
        backLabel = w(PageWords.back)
        resume = w(PageWords.resume)
        startOver = w(PageWords.startOver)
        canGoBack = walk.saved.hasAnswers
        self.notice = object.status == "error" ? object.error ?? w(PageWords.error) : notice.map(w)
        if let tree = object.tree.flatMap({ knowledge.compiled.tree($0) }), tree.id != "start" {
            entry = tree.tree.title.text(language)
        } else {
            entry = nil
        }
        question = object.question.map { Self.question($0, language: language) }
        conclusion = object.conclusion.map { c in
            Conclusion(
                title: c.title, text: c.text, steps: c.steps, hasSteps: !c.steps.isEmpty, links: c.links.map(PageLink.init),
                contact: c.contactCategory.map { contact in
                    Contact(
                        label: contact.label, formLabel: w(PageWords.form), categoryLabel: w(PageWords.category),
                        questionLabel: w(PageWords.question), question: contact.question, form: contact.form.map(PageLink.init))
                })
        }
    }

    static func question(_ q: DiagnosisObject.QuestionObject, language: Language) -> Question {
        func w(_ t: LocalizedText) -> String { t.text(language) }
        let yesNo = [Choice(value: "yes", label: w(Words.yes)), Choice(value: "no", label: w(Words.no))]
        let outcome = q.kind == "outcome"
        var choices: [Choice]?
        if outcome || (q.choices == nil && q.type == "bool") {
            choices = yesNo
        } else {
            choices = q.choices?.map { Choice(value: $0.value, label: $0.label) }
        }
        let typed = choices == nil
        return Question(
            key: q.key, acceptsUnknown: q.acceptsUnknown, unknownLabel: q.unknownLabel ?? w(Words.unknown), whyLabel: w(PageWords.why),
            links: q.links.map(PageLink.init), instruction: outcome ? q.instruction ?? "" : nil,
            prompt: outcome ? w(PageWords.helped) : q.prompt ?? q.key, choices: choices,
            input: typed ? (q.type == "number" ? "number" : "text") : nil, number: typed && q.type == "number",
            answerLabel: typed ? w(PageWords.answer) : nil, hint: q.hint, why: q.why?.reason)
    }
}
