import Domain
import Foundation
import Inference
import KnowledgeBase
import Triage

/// A triaged ticket for people (text) and programs (JSON): the redacted ticket, the ranked
/// entries, the facts it tells and their checks, the engine's next step, the reply draft.
public struct TriageReport: Report {
    public struct RankedObject: Codable, Sendable, Equatable {
        public var tree: String
        public var title: String
        public var score: Double
        /// How likely this entry is the right one, 0–1.
        public var confidence: Double
        public var matched: [String]
        public var message: String?
    }

    public struct FactDetail: Codable, Sendable, Equatable {
        public var key: String
        public var value: WireValue
        public var source: String
        public var evidence: String
    }

    public struct OMUIDCheckObject: Codable, Sendable, Equatable {
        public var ok: Bool
        public var findings: [CheckResult.FindingObject]
        public var pattern: Int?
        public var label: String?
    }

    public struct Checks: Codable, Sendable, Equatable {
        public var omuid: OMUIDCheckObject?
    }

    /// A misspelt word of the ticket and how triage read it.
    public struct SpellingObject: Codable, Sendable, Equatable {
        public var word: String
        public var reading: String
    }

    public var version = wireVersion
    /// The ticket's id in a batch.
    public var id: String?
    /// The ticket with secrets replaced by `[REDACTED]`.
    public var text: String
    public var redactions: Int
    public var language: Language
    public var results: [RankedObject]
    public var facts: SortedObject<WireValue>
    public var factsDetail: [FactDetail]
    public var checks: Checks
    @Nullable public var reply: String?
    @Nullable public var next: DiagnosisObject?
    /// When the two best entries are close, the question whose answer separates them.
    public var separating: SeparatingQuestion?
    /// The misspelt words read as the knowledge spells them; absent when none.
    public var spelling: [SpellingObject]?

    /// The misspelt words as read, for people: «forgott → forgot, pasword → password»; nil when
    /// none.
    public var readAs: String? { spelling.map { $0.map { "\($0.word) → \($0.reading)" }.joined(separator: ", ") } }

    public struct SeparatingQuestion: Codable, Sendable, Equatable {
        public var fact: String
        public var prompt: String
        public var between: [String]
    }

    /// For the text report: the next step as people read it.
    var nextLines: (heading: LocalizedText, line: String)?

    enum CodingKeys: String, CodingKey {
        case version, id, text, redactions, language, results, facts, checks, reply, next, separating, spelling
        case factsDetail = "facts_detail"
    }

    /// `memo`: the question objects built for earlier reports on the same knowledge.
    public init(_ result: Triager.Result, knowledge: CompiledKnowledge, id: String? = nil, memo: QuestionMemo? = nil) {
        let language = result.language
        let builder = WireBuilder(knowledge: knowledge, language: language, memo: memo)
        self.id = id
        text = result.text
        redactions = result.redactions
        self.language = language
        results = result.results.map {
            RankedObject(
                tree: $0.tree.id, title: $0.tree.title.text(language), score: ($0.score * 1000).rounded() / 1000,
                confidence: ($0.confidence * 1000).rounded() / 1000, matched: $0.matched, message: $0.message)
        }
        var facts = SortedObject<WireValue>()
        for fact in result.facts { facts[fact.key] = builder.value(fact.key, fact.value) }
        self.facts = facts
        factsDetail = result.facts.map { FactDetail(key: $0.key, value: builder.value($0.key, $0.value), source: "extracted", evidence: $0.evidence) }
        checks = Checks(omuid: Self.omuidCheck(result, knowledge: knowledge))
        if !result.mended.isEmpty { spelling = result.mended.map { SpellingObject(word: $0.word, reading: $0.reading) } }
        reply = result.reply
        if let fact = result.separating, let prompt = fact.prompt, result.results.count >= 2 {
            separating = SeparatingQuestion(fact: fact.id, prompt: prompt.text(language), between: result.results.prefix(2).map(\.tree.id))
        }
        if let next = result.next, let session = result.session {
            self.next = builder.diagnosis(next, start: session.tree)
            switch next.status {
            case .question(let q):
                let prompt = q.kind == .outcome
                    ? Words.whetherStepHelped.text(language) + (q.instruction?.text(language) ?? "")
                    : q.prompt?.text(language) ?? q.key
                nextLines = (Words.stillToAsk, "  \(prompt) (\(q.key))")
            case .conclusion(let e):
                nextLines = (Words.conclusion, "  \(e.tree)/\(e.node) (\(Words.kind(e.kind).text(language)))")
            default:
                break
            }
        }
    }

    /// The domain check of the OMUID the ticket quotes.
    static func omuidCheck(_ result: Triager.Result, knowledge: CompiledKnowledge) -> OMUIDCheckObject? {
        guard let omuid = result.facts.first(where: { $0.key == "omuid" })?.value.textValue else { return nil }
        let report = OMUIDCheck.check(omuid, site: knowledge.site)
        return OMUIDCheckObject(
            ok: report.findings.isEmpty,
            findings: report.findings.map { .init(code: $0.code, message: $0.message.text(result.language)) },
            pattern: report.match?.number, label: report.match?.label.text(result.language))
    }

    public func text(_ style: Styler) -> String {
        func w(_ t: LocalizedText) -> String { t.text(language) }
        var lines: [String] = []
        func head(_ s: LocalizedText) { lines.append(style(w(s), .bold)) }
        head(Words.ticket)
        lines += TerminalText.safe(text).split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        if redactions > 0 { lines.append(style(w(Words.redacted(redactions)), .dim)) }
        if let readAs { lines.append(style(TerminalText.safe("  " + w(Words.readAs) + readAs), .dim)) }
        lines.append("")
        head(Words.matchingEntries)
        if results.isEmpty { lines.append(w(Words.noneFound)) }
        let width = results.map { TextWidth.width($0.tree) }.max() ?? 0
        for (i, r) in results.enumerated() {
            lines.append("  \(i + 1). \(TextWidth.pad(r.tree, to: width))  \(String(format: "%3.0f%%", r.confidence * 100))  \(r.title)")
            if !r.matched.isEmpty {
                lines.append(style("     " + w(Words.matched) + TerminalText.safe(r.matched.prefix(8).joined(separator: ", ")), .dim))
            }
        }
        if let separating {
            lines.append(style("  " + w(Words.close) + separating.prompt, .yellow))
        }
        lines.append("")
        head(Words.ticketTells)
        if factsDetail.isEmpty { lines.append(w(Words.nothing)) }
        for fact in factsDetail {
            lines.append(TerminalText.safe("  \(fact.key) = \(fact.value)  ← \(fact.evidence)"))
        }
        for f in checks.omuid?.findings ?? [] {
            lines.append(style("    ! \(f.code): \(f.message)", .yellow))
        }
        if let nextLines {
            lines.append("")
            head(nextLines.heading)
            lines.append(nextLines.line)
        }
        if let reply {
            lines.append("")
            head(Words.replyDraft)
            lines.append("  ----")
            lines += TerminalText.safe(reply).split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
            lines.append("  ----")
        }
        return lines.joined(separator: "\n")
    }
}
