import Inference
import KnowledgeBase
import Mustache
import Synchronization

/// A reply a helpdesk agent can send. What it says comes from the engine's walk over the facts
/// the ticket tells: the remedy that applies (its steps and links), the check findings in
/// words, the inquiry-form category when the page sends the user there, or the step to try;
/// and what is still unknown, asked as a person writing back asks it (the fact's `reply`, with
/// the reason), two questions at most. How it is framed (greeting, sign-off, order, tone) is
/// the knowledge's template `templates/reply.<lang>.mustache`, which staff edit without a
/// rebuild. Built from redacted text and knowledge only.
public struct ReplyDraft: Sendable {
    let knowledge: CompiledKnowledge
    let language: Language
    let templates: ReplyTemplates

    /// The most a reply asks.
    public static let maxQuestions = 2

    public init(knowledge: CompiledKnowledge, language: Language, templates: ReplyTemplates) {
        self.knowledge = knowledge
        self.language = language
        self.templates = templates
    }

    /// A question still open: the fact, or the two entries it separates.
    public struct OpenQuestion: Sendable {
        public var fact: Fact
        /// The node that needs it, whose `why` is the reason.
        public var node: (tree: String, node: String)?
        /// For a separating question: the two entries' titles.
        public var separates: (String, String)?
    }

    public func text(tree: Tree, next: StepResult, separating: OpenQuestion? = nil, findings: [String] = []) -> String {
        templates.render(content(tree: tree, next: next, separating: separating, findings: findings), language: language)
    }

    /// What the reply says, before the template frames it.
    func content(tree: Tree, next: StepResult, separating: OpenQuestion?, findings: [String]) -> ReplyContent {
        var content = ReplyContent(title: tree.title.text(language), findings: findings)
        var questions: [OpenQuestion] = []
        switch next.status {
        case .conclusion(let e):
            let text = e.text.text(language)
            var remedy = ReplyContent.Remedy(text: text, steps: e.steps.map { $0.text(language) }, links: [])
            var links = e.links
            if let id = e.contact, let category = knowledge.site.contactCategories[id] {
                // The form's category, unless the page's own text already names it.
                if !text.contains(category.label.text(.ja)) {
                    content.form = ReplyContent.Form(
                        category: category.label.text(.ja), categoryEn: category.label.text(.en),
                        question: category.question?.text(.ja), questionEn: category.question?.text(.en))
                }
                if let formLink = knowledge.site.contactForm, !links.contains(formLink) { links.append(formLink) }
            }
            remedy.links = linkItems(links)
            content.remedy = remedy
        case .question(let q) where q.kind == .outcome:
            content.tryStep = ReplyContent.Step(text: q.instruction?.text(language) ?? "", links: linkItems(q.links))
        case .question(let q):
            if let fact = knowledge.fact(q.key) { questions.append(OpenQuestion(fact: fact, node: (q.tree, q.node))) }
        case .probe, .error:
            break
        }
        if let separating, !questions.contains(where: { $0.fact.id == separating.fact.id }) { questions.append(separating) }
        content.questions = questions.prefix(Self.maxQuestions).map(questionItem)
        return content
    }

    func questionItem(_ q: OpenQuestion) -> ReplyContent.Question {
        var item = ReplyContent.Question(text: (q.fact.reply ?? q.fact.prompt)?.text(language) ?? q.fact.id)
        if let (tree, node) = q.node, let t = knowledge.tree(tree), let i = t.nodeIndex[node],
            case .decide(let d) = t.nodes[i].node.kind, let why = d.why
        {
            item.reason = why.text(language)
        }
        if let (first, second) = q.separates { item.separates = [first, second] }
        return item
    }

    func linkItems(_ ids: [String]) -> [ReplyContent.Link] {
        ids.compactMap { id in
            guard let link = knowledge.site.links[id] else { return nil }
            return ReplyContent.Link(title: link.title.text(language), url: link.url)
        }
    }
}

/// What a reply says, in one language, before its frame: the values the template renders. A
/// plain value, so that equal contents render once (`ReplyTemplates.render`).
struct ReplyContent: Hashable, Sendable {
    struct Link: Hashable, Sendable {
        var title: String
        var url: String?
    }
    struct Remedy: Hashable, Sendable {
        var text: String
        var steps: [String]
        var links: [Link]
    }
    struct Form: Hashable, Sendable {
        var category: String
        var categoryEn: String
        var question: String?
        var questionEn: String?
    }
    struct Step: Hashable, Sendable {
        var text: String
        var links: [Link]
    }
    struct Question: Hashable, Sendable {
        var text: String
        var reason: String?
        /// For a separating question: the two entries' titles.
        var separates: [String]?
    }

    var title: String
    var findings: [String]
    var remedy: Remedy?
    var form: Form?
    var tryStep: Step?
    var questions: [Question] = []

    init(title: String, findings: [String]) {
        self.title = title
        self.findings = findings
    }

    /// The template's context: plain values, arrays and dictionaries, under the names the
    /// knowledge's templates use.
    var context: [String: Any] {
        var context: [String: Any] = ["title": title, "findings": findings]
        if let remedy {
            context["remedy"] = [
                "text": remedy.text,
                "steps": remedy.steps.enumerated().map { ["number": $0.offset + 1, "text": $0.element] as [String: Any] },
                "links": remedy.links.map(\.context),
            ] as [String: Any]
        }
        if let form {
            var object: [String: Any] = ["category": form.category, "category_en": form.categoryEn]
            if let q = form.question { object["question"] = q }
            if let q = form.questionEn { object["question_en"] = q }
            context["form"] = object
        }
        if let tryStep { context["try"] = ["text": tryStep.text, "links": tryStep.links.map(\.context)] as [String: Any] }
        context["questions"] = questions.map { q -> [String: Any] in
            var object: [String: Any] = ["text": q.text]
            if let reason = q.reason { object["reason"] = reason }
            if let pair = q.separates, pair.count == 2 { object["separates"] = ["first": pair[0], "second": pair[1]] }
            return object
        }
        context["asking"] = !questions.isEmpty
        return context
    }
}

extension ReplyContent.Link {
    var context: [String: Any] {
        var object: [String: Any] = ["title": title]
        if let url { object["url"] = url }
        return object
    }
}

/// The reply frames, compiled once: the knowledge's `reply.ja` and `reply.en`, or a plain frame
/// (the sections, no greeting) for a language without one.
public struct ReplyTemplates: Sendable {
    let templates: [Language: MustacheTemplate]
    /// Replies rendered before, by language and content: contents repeat (the 310 labelled
    /// tickets give 85 different replies), and rendering one was a sixth of a ticket's triage.
    let rendered = RenderCache()

    public init(knowledge: CompiledKnowledge) {
        var templates: [Language: MustacheTemplate] = [:]
        for language in [Language.ja, .en] {
            if let file = knowledge.templates[Self.name(language)], let template = try? MustacheTemplate(string: file.text) {
                templates[language] = template
            }
        }
        self.templates = templates
    }

    func template(for language: Language) -> MustacheTemplate {
        templates[language] ?? Self.plain
    }

    /// `content` in the frame for `language`, trailing white space removed.
    func render(_ content: ReplyContent, language: Language) -> String {
        let key = RenderCache.Key(language: language, content: content)
        if let text = rendered.text(for: key) { return text }
        var text = template(for: language).render(content.context)
        while text.last?.isWhitespace == true { text.removeLast() }
        rendered.store(text, for: key)
        return text
    }

    public static func name(_ language: Language) -> String { "reply.\(language.rawValue)" }

    /// The template names the knowledge may hold.
    public static let names = [name(.ja), name(.en)]

    /// The sections without a frame, for knowledge that has no template.
    static let plain = try! MustacheTemplate(string: """
        {{% CONTENT_TYPE: TEXT}}
        {{title}}
        {{#findings}}

        {{.}}
        {{/findings}}
        {{#remedy}}

        {{text}}
        {{#steps}}
        {{number}}. {{text}}
        {{/steps}}
        {{#links}}
        - {{title}}{{#url}}: {{url}}{{/url}}
        {{/links}}
        {{/remedy}}
        {{#form}}

        7. {{category}}{{#question}} / 8. {{question}}{{/question}}
        {{/form}}
        {{#try}}

        {{text}}
        {{#links}}
        - {{title}}{{#url}}: {{url}}{{/url}}
        {{/links}}
        {{/try}}
        {{#asking}}

        {{/asking}}
        {{#questions}}
        - {{text}}
        {{/questions}}
        """)
}

/// Rendered replies, shared by every thread that triages with the same knowledge. Bounded:
/// emptied when full (the contents come from the knowledge and the checks' findings, so a
/// working set is small; ticket text never reaches a reply).
final class RenderCache: Sendable {
    struct Key: Hashable, Sendable {
        let language: Language
        let content: ReplyContent
    }

    static let capacity = 4096
    private let texts = Mutex<[Key: String]>([:])

    func text(for key: Key) -> String? {
        texts.withLock { $0[key] }
    }

    func store(_ text: String, for key: Key) {
        texts.withLock { texts in
            if texts.count >= Self.capacity { texts.removeAll(keepingCapacity: true) }
            texts[key] = text
        }
    }

    var count: Int { texts.withLock { $0.count } }
}
