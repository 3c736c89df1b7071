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

    /// The reply to a ticket no entry matches: the template's `unmatched` section, which asks
    /// what the user was doing and what the screen said. Nil when the frame has nothing to say
    /// for it (a language without a template).
    public func unmatched() -> String? {
        var content = ReplyContent(title: "", findings: [])
        content.unmatched = true
        let text = templates.render(content, language: language)
        return text.isEmpty ? nil : text
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
                if !text.containsBytes(of: category.label.text(.ja)) {
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
    /// No entry matched the ticket: the frame says so and asks for what would tell one.
    var unmatched = false

    init(title: String, findings: [String]) {
        self.title = title
        self.findings = findings
    }
}

extension ReplyContent {
    /// The content as bytes, for the render cache: each string's UTF-8 after its length, each
    /// count, a mark for each optional part, in the order of the fields.
    var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        func number(_ n: Int) { withUnsafeBytes(of: UInt32(truncatingIfNeeded: n)) { out += $0 } }
        func text(_ s: String) {
            number(s.utf8.count)
            out += s.utf8
        }
        func optional(_ s: String?) {
            out.append(s == nil ? 0 : 1)
            if let s { text(s) }
        }
        func texts(_ list: [String]) {
            number(list.count)
            list.forEach(text)
        }
        func links(_ list: [Link]) {
            number(list.count)
            for link in list {
                text(link.title)
                optional(link.url)
            }
        }
        text(title)
        texts(findings)
        out.append(remedy == nil ? 0 : 1)
        if let remedy {
            text(remedy.text)
            texts(remedy.steps)
            links(remedy.links)
        }
        out.append(form == nil ? 0 : 1)
        if let form {
            text(form.category)
            text(form.categoryEn)
            optional(form.question)
            optional(form.questionEn)
        }
        out.append(tryStep == nil ? 0 : 1)
        if let tryStep {
            text(tryStep.text)
            links(tryStep.links)
        }
        number(questions.count)
        for question in questions {
            text(question.text)
            optional(question.reason)
            out.append(question.separates == nil ? 0 : 1)
            if let pair = question.separates { texts(pair) }
        }
        out.append(unmatched ? 1 : 0)
        return out
    }
}

/// The template's names, read from the content's values (`MustacheParent`): what
/// `templates/reply.<lang>.mustache` may use, listed in the templates' own comment. A name a
/// value does not have is absent (nil), and a section over it is skipped.
extension ReplyContent: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "findings": return findings
        case "remedy": return remedy
        case "form": return form
        case "try": return tryStep
        case "questions": return questions
        case "asking": return !questions.isEmpty
        case "unmatched": return unmatched
        default: return nil
        }
    }
}

extension ReplyContent.Remedy: MustacheParent {
    /// A remedy's step with its number, for `{{#steps}}{{number}}. {{text}}{{/steps}}`.
    struct NumberedStep: MustacheParent {
        let number: Int
        let text: String

        func child(named name: String) -> Any? {
            switch name {
            case "number": return number
            case "text": return text
            default: return nil
            }
        }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "text": return text
        case "steps": return steps.enumerated().map { NumberedStep(number: $0.offset + 1, text: $0.element) }
        case "links": return links
        default: return nil
        }
    }
}

extension ReplyContent.Form: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "category": return category
        case "category_en": return categoryEn
        case "question": return question
        case "question_en": return questionEn
        default: return nil
        }
    }
}

extension ReplyContent.Step: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "text": return text
        case "links": return links
        default: return nil
        }
    }
}

extension ReplyContent.Question: MustacheParent {
    /// The two entries a separating question tells apart, for `{{#separates}}{{first}}…`.
    struct Pair: MustacheParent {
        let first: String
        let second: String

        func child(named name: String) -> Any? {
            switch name {
            case "first": return first
            case "second": return second
            default: return nil
            }
        }
    }

    func child(named name: String) -> Any? {
        switch name {
        case "text": return text
        case "reason": return reason
        case "separates": return separates.flatMap { $0.count == 2 ? Pair(first: $0[0], second: $0[1]) : nil }
        default: return nil
        }
    }
}

extension ReplyContent.Link: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "title": return title
        case "url": return url
        default: return nil
        }
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
        var text = template(for: language).render(content)
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
        {{^unmatched}}
        {{title}}
        {{/unmatched}}
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
    /// The language and the content's bytes (`ReplyContent.bytes`): hashing and comparing bytes
    /// costs a fraction of hashing the content's strings, which normalises Japanese text to
    /// compare it canonically; and equal bytes are exactly when two renderings are equal.
    struct Key: Hashable, Sendable {
        let language: Language
        let bytes: [UInt8]
        /// The bytes folded eight at a time, once: what the table hashes (its own hasher over
        /// the kilobyte or two of a reply's content cost more than building the content), and
        /// a quick way for two keys to differ. The content comes from the knowledge and the
        /// checks, never from a ticket's text, so nobody chooses what collides.
        let digest: UInt64

        init(language: Language, content: ReplyContent) {
            self.language = language
            bytes = content.bytes
            digest = Self.digest(bytes)
        }

        static func digest(_ bytes: [UInt8]) -> UInt64 {
            bytes.withUnsafeBytes { raw in
                var h = UInt64(truncatingIfNeeded: raw.count) &* 0x9E37_79B9_7F4A_7C15
                var i = 0
                func mix(_ word: UInt64) {
                    h = (h ^ word) &* 0xBF58_476D_1CE4_E5B9
                    h ^= h >> 31
                }
                while i + 8 <= raw.count {
                    mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    i += 8
                }
                var tail: UInt64 = 0
                for k in i..<raw.count { tail |= UInt64(raw[k]) << UInt64(8 * (k - i)) }
                mix(tail)
                return h
            }
        }

        static func == (a: Key, b: Key) -> Bool { a.digest == b.digest && a.language == b.language && a.bytes == b.bytes }

        func hash(into hasher: inout Hasher) {
            hasher.combine(language)
            hasher.combine(digest)
        }
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
