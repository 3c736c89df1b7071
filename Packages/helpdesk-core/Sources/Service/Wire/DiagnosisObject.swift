import Inference
import KnowledgeBase
import Synchronization

/// The JSON protocol of `helpdesk diagnose --json` (docs/protocol.md): one object per call, the
/// same object the server returns for a session. Secret values show as `•••`.
public struct DiagnosisObject: Codable, Sendable {
    public var version = wireVersion
    /// The session's id when a server keeps the diagnosis; absent from `diagnose --json`.
    public var id: String?
    /// `question`, `conclusion` or `error`.
    public var status: String
    /// The tree of the question or conclusion.
    public var tree: String?
    /// The tree the diagnosis started at.
    public var start: String
    public var question: QuestionObject?
    public var conclusion: ConclusionObject?
    public var error: String?
    public var shown: [String]
    public var facts: SortedObject<FactObject>
    public var trace: [TraceObject]

    public struct FactObject: Codable, Sendable, Equatable {
        public var value: WireValue
        public var source: String
        public var how: String?
    }

    public struct TraceObject: Codable, Sendable, Equatable {
        public var tree: String
        public var node: String
        public var action: String
        public var fact: String?
        public var value: WireValue?
        public var source: String?
        public var how: String?
        public var to: String?
    }

    public struct ChoiceObject: Codable, Sendable, Equatable {
        public var value: String
        public var label: String
    }

    public struct LinkObject: Codable, Sendable, Equatable {
        public var id: String
        public var title: String?
        @Nullable public var url: String?
    }

    public struct BranchObject: Codable, Sendable, Equatable {
        public var value: String
        public var label: String
        public var leadsTo: String

        enum CodingKeys: String, CodingKey {
            case value, label
            case leadsTo = "leads_to"
        }
    }

    public struct WhyObject: Codable, Sendable, Equatable {
        /// `<tree>/<node>` of the check that needs the answer.
        public var check: String
        public var reason: String?
        public var branches: [BranchObject]
    }

    public struct QuestionObject: Codable, Sendable, Equatable {
        public var key: String
        /// `fact` or `outcome`.
        public var kind: String
        public var type: String
        public var node: String
        @Nullable public var prompt: String?
        @Nullable public var instruction: String?
        public var links: [LinkObject]
        @Nullable public var choices: [ChoiceObject]?
        public var forFact: String?
        /// How to find the answer out.
        public var hint: String?
        /// Whether `null` ("I don't know") is an answer, and how it is labelled.
        public var acceptsUnknown: Bool
        public var unknownLabel: String?
        public var why: WhyObject?
        /// Its JSON, when a memo has written it once (not part of the value: not encoded, not compared).
        var written = WrittenJSON()

        enum CodingKeys: String, CodingKey {
            case key, kind, type, node, prompt, instruction, links, choices, hint, why
            case forFact = "for"
            case acceptsUnknown = "accepts_unknown"
            case unknownLabel = "unknown_label"
        }
    }

    public struct ContactObject: Codable, Sendable, Equatable {
        public var id: String
        public var label: String
        public var question: String?
        public var form: LinkObject?
    }

    public struct ConclusionObject: Codable, Sendable, Equatable {
        public var tree: String
        public var node: String
        /// `remedy`, `answer`, `escalation` or `resolved`.
        public var kind: String
        public var title: String
        public var text: String
        public var steps: [String]
        public var links: [LinkObject]
        @Nullable public var contactCategory: ContactObject?
        /// For `resolved`: the step that solved it.
        public var step: String?

        enum CodingKeys: String, CodingKey {
            case tree, node, kind, title, text, steps, links, step
            case contactCategory = "contact_category"
        }
    }
}

/// Builds wire objects from the engine's results, in one language, through the secret policy.
public struct WireBuilder: Sendable {
    public let knowledge: CompiledKnowledge
    public let language: Language
    let policy: SecretPolicy
    /// Question objects built before, when a caller keeps them (a batch does).
    let memo: QuestionMemo?

    public init(knowledge: CompiledKnowledge, language: Language, memo: QuestionMemo? = nil) {
        self.knowledge = knowledge
        self.language = language
        policy = SecretPolicy(knowledge: knowledge)
        self.memo = memo
    }

    public func diagnosis(_ result: StepResult, start: String) -> DiagnosisObject {
        var object = DiagnosisObject(
            status: "question", tree: nil, start: start, question: nil, conclusion: nil, error: nil, shown: result.shown,
            facts: facts(result), trace: result.trace.map(trace))
        switch result.status {
        case .question(let q):
            object.tree = q.tree
            let build = { question(q, why: Explanation.why(result, knowledge: knowledge)) }
            object.question = memo?.object(q, language, build: build) ?? build()
        case .conclusion(let e):
            object.status = "conclusion"
            object.tree = e.tree
            object.conclusion = conclusion(e)
        case .probe(let fact, let probe):
            object.status = "error"
            object.error = "the fact '\(fact)' needs the probe '\(probe)', which is off here; give it with --fact"
        case .error(let e):
            object.status = "error"
            object.error = e.message
        }
        return object
    }

    /// A value as it may be shown.
    public func value(_ key: String, _ value: FactValue) -> WireValue {
        WireValue(policy.shown(key, value))
    }

    func facts(_ result: StepResult) -> SortedObject<DiagnosisObject.FactObject> {
        var object = SortedObject<DiagnosisObject.FactObject>()
        for (key, entry) in result.known {
            object[key] = .init(value: value(key, entry.value), source: entry.source.rawValue, how: entry.how)
        }
        return object
    }

    func trace(_ entry: TraceEntry) -> DiagnosisObject.TraceObject {
        .init(
            tree: entry.tree, node: entry.node, action: entry.action.rawValue, fact: entry.fact,
            value: entry.value.map { value(entry.fact ?? "", $0) }, source: entry.source?.rawValue, how: entry.how, to: entry.to)
    }

    public func question(_ q: Question, why: Why?) -> DiagnosisObject.QuestionObject {
        var choices: [DiagnosisObject.ChoiceObject]?
        switch q.type {
        case .choice: choices = q.choices.map { .init(value: $0.id, label: $0.label.text(language)) }
        case .bool: choices = [.init(value: "true", label: Words.yes.text(language)), .init(value: "false", label: Words.no.text(language))]
        default: choices = nil
        }
        let describe = Describe(language: language, knowledge: knowledge)
        return .init(
            key: q.key, kind: q.kind.rawValue, type: q.type.rawValue, node: q.node,
            prompt: q.kind == .outcome ? Words.didItHelp.text(language) : q.prompt.map { $0.text(language) },
            instruction: q.instruction.map { $0.text(language) }, links: q.links.map(link), choices: choices, forFact: q.forFact,
            hint: q.hint.map { $0.text(language) }, acceptsUnknown: q.acceptsUnknown,
            unknownLabel: q.acceptsUnknown ? Words.unknown.text(language) : nil,
            why: why.map { why in
                .init(
                    check: "\(why.tree)/\(why.node)", reason: why.reason.map { $0.text(language) },
                    branches: why.branches.map {
                        .init(value: $0.value, label: $0.label.text(language), leadsTo: describe.destination($0.leadsTo))
                    })
            })
    }

    public func conclusion(_ e: Ending) -> DiagnosisObject.ConclusionObject {
        var contact: DiagnosisObject.ContactObject?
        if let id = e.contact, let category = knowledge.site.contactCategories[id] {
            contact = .init(
                id: id, label: category.label.text(language), question: category.question.map { $0.text(language) },
                form: knowledge.site.contactForm.map(link))
        }
        return .init(
            tree: e.tree, node: e.node, kind: e.kind.rawValue, title: knowledge.tree(e.tree)?.tree.title.text(language) ?? "",
            text: e.kind == .resolved ? Words.resolved.text(language) : e.text.text(language),
            steps: e.steps.map { $0.text(language) }, links: e.links.map(link), contactCategory: contact,
            step: e.kind == .resolved ? e.text.text(language) : nil)
    }

    public func link(_ id: String) -> DiagnosisObject.LinkObject {
        guard let link = knowledge.site.links[id] else { return .init(id: id, title: nil, url: nil) }
        return .init(id: id, title: link.title.text(language), url: link.url)
    }
}

/// The question objects a batch has built, by question and language. A question's object (its
/// prompt, choices and why, each branch's destination described) depends on the knowledge, the
/// node and the texts the engine filled in with the session's facts (an instruction that quotes
/// the OMUID), and building it again for every ticket that stops at the same node cost a tenth of
/// triaging the ticket. Keep one per knowledge: the objects are its words.
public final class QuestionMemo: Sendable {
    /// Ids only: hashing Japanese text costs a Unicode normalisation, more than the build saves.
    private struct Key: Hashable {
        var tree: String, node: String, key: String, forFact: String?, kind: Question.Kind, language: Language
    }

    /// For each key, the objects built, each with its instruction as filled in (the one text of a
    /// question the engine fills from the session's facts).
    private let objects = Mutex<[Key: [(instruction: [UInt8], object: DiagnosisObject.QuestionObject)]]>([:])
    /// Objects kept for one key at most: an instruction that quotes a different value each time
    /// would otherwise grow the memo with every ticket.
    static let perKey = 8

    public init() {}

    func object(_ q: Question, _ language: Language, build: () -> DiagnosisObject.QuestionObject) -> DiagnosisObject.QuestionObject {
        let key = Key(tree: q.tree, node: q.node, key: q.key, forFact: q.forFact, kind: q.kind, language: language)
        let instruction = Array((q.instruction?.text(language) ?? "").utf8)
        if let known = objects.withLock({ $0[key]?.first { $0.instruction == instruction }?.object }) { return known }
        var object = build()
        let sink = Sink()
        if (try? object.write(to: sink)) != nil { object.written.stored = .init(bytes: sink.bytes, object: object) }
        objects.withLock { objects in
            if objects[key, default: []].count < Self.perKey { objects[key, default: []].append((instruction, object)) }
        }
        return object
    }
}

/// A question object's JSON as written once, with the object it was written from: written again
/// as it is only while the object is still equal to that one (`QuestionObject.write`). Equal to
/// every other, so that it leaves the object's equality alone.
struct WrittenJSON: Sendable, Equatable {
    final class Stored: Sendable {
        let bytes: [UInt8]
        let object: DiagnosisObject.QuestionObject

        init(bytes: [UInt8], object: DiagnosisObject.QuestionObject) {
            self.bytes = bytes
            self.object = object
        }
    }

    var stored: Stored?

    static func == (_: WrittenJSON, _: WrittenJSON) -> Bool { true }
}
