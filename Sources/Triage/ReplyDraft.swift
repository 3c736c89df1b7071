import Inference
import KnowledgeBase
import Mustache

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
    let template: MustacheTemplate

    /// The most a reply asks.
    public static let maxQuestions = 2

    public init(knowledge: CompiledKnowledge, language: Language, templates: ReplyTemplates) {
        self.knowledge = knowledge
        self.language = language
        template = templates.template(for: language)
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
        var text = template.render(context(tree: tree, next: next, separating: separating, findings: findings))
        while text.last?.isWhitespace == true { text.removeLast() }
        return text
    }

    /// What the template renders: plain values, arrays and dictionaries.
    func context(tree: Tree, next: StepResult, separating: OpenQuestion?, findings: [String]) -> [String: Any] {
        var context: [String: Any] = ["title": tree.title.text(language)]
        var questions: [OpenQuestion] = []
        switch next.status {
        case .conclusion(let e):
            let text = e.text.text(language)
            var remedy: [String: Any] = [
                "text": text,
                "steps": e.steps.enumerated().map { ["number": $0.offset + 1, "text": $0.element.text(language)] as [String: Any] },
            ]
            var links = e.links
            if let id = e.contact, let category = knowledge.site.contactCategories[id] {
                // The form's category, unless the page's own text already names it.
                if !text.contains(category.label.text(.ja)) {
                    var form: [String: Any] = ["category": category.label.text(.ja), "category_en": category.label.text(.en)]
                    if let q = category.question { form["question"] = q.text(.ja); form["question_en"] = q.text(.en) }
                    context["form"] = form
                }
                if let formLink = knowledge.site.contactForm, !links.contains(formLink) { links.append(formLink) }
            }
            remedy["links"] = linkObjects(links)
            context["remedy"] = remedy
        case .question(let q) where q.kind == .outcome:
            let text = q.instruction?.text(language) ?? ""
            context["try"] = ["text": text, "links": linkObjects(q.links)] as [String: Any]
        case .question(let q):
            if let fact = knowledge.fact(q.key) { questions.append(OpenQuestion(fact: fact, node: (q.tree, q.node))) }
        case .probe, .error:
            break
        }
        if let separating, !questions.contains(where: { $0.fact.id == separating.fact.id }) { questions.append(separating) }
        context["findings"] = findings
        let asked = questions.prefix(Self.maxQuestions).map(questionObject)
        context["questions"] = asked
        context["asking"] = !asked.isEmpty
        return context
    }

    func questionObject(_ q: OpenQuestion) -> [String: Any] {
        var object: [String: Any] = ["text": (q.fact.reply ?? q.fact.prompt)?.text(language) ?? q.fact.id]
        if let (tree, node) = q.node, let t = knowledge.tree(tree), let i = t.nodeIndex[node],
            case .decide(let d) = t.nodes[i].node.kind, let why = d.why
        {
            object["reason"] = why.text(language)
        }
        if let (first, second) = q.separates { object["separates"] = ["first": first, "second": second] }
        return object
    }

    func linkObjects(_ ids: [String]) -> [[String: Any]] {
        ids.compactMap { id in
            guard let link = knowledge.site.links[id] else { return nil }
            var object: [String: Any] = ["title": link.title.text(language)]
            if let url = link.url { object["url"] = url }
            return object
        }
    }
}

/// The reply frames, compiled once: the knowledge's `reply.ja` and `reply.en`, or a plain frame
/// (the sections, no greeting) for a language without one.
public struct ReplyTemplates: Sendable {
    let templates: [Language: MustacheTemplate]

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
