import Foundation
import Inference
import KnowledgeBase
import Mustache
import Service
import Triage

/// A ticket in the workbench: its redacted text, the entries triage ranked (with confidence and
/// the words that matched, the chosen one marked), the facts it tells, what is still open, and
/// the reply draft for the chosen entry with the outcome to record.
struct TicketPage: PageContent {
    static var template: MustacheTemplate { WorkbenchTemplates.ticket }

    struct Candidate: Sendable {
        let id: String
        let lang: String
        let rank: Int
        let tree: String
        let title: String
        let confidence: String
        let matched: String
        let chosen: Bool
    }

    struct Fact: Sendable {
        let key: String
        let value: String
        let evidence: String
    }

    let nav: String
    let lang: String
    let id: String
    let notice: String?
    let ticketLabel: String
    let created: String
    let text: String
    /// How many secrets were redacted; nil when none.
    let redactions: Int?
    let redactionsLabel: String
    /// The misspelt words as triage read them («forgoten → forgotten»); nil when none.
    let spelling: String?
    let spellingLabel: String
    let candidatesLabel: String
    let candidates: [Candidate]
    let hasCandidates: Bool
    let noMatch: String
    let entryLabel: String
    let confidenceLabel: String
    let matchedLabel: String
    let chooseLabel: String
    let chosenLabel: String
    let factsLabel: String
    let facts: [Fact]
    let noFacts: String
    let questionsLabel: String
    let noQuestions: String
    let replyLabel: String
    let copyLabel: String
    let copiedLabel: String
    let copyFailedLabel: String
    let outcomeLabel: String
    let resolvedLabel: String
    let escalatedLabel: String
    let backLabel: String
    let chosenTree: String?
    let chosenTitle: String?
    let reply: String?
    /// When no entry matched: the reply that asks what would tell one.
    let unmatchedReply: String?
    /// The engine's next question for the chosen entry, and the one that separates the best two.
    let questions: [String]

    init(
        _ ticket: StoredTicket, result: Triager.Result, snapshot: KnowledgeState.Snapshot, chosen: String?, language: Language,
        notice: LocalizedText?
    ) {
        func w(_ t: LocalizedText) -> String { t.text(language) }
        let knowledge = snapshot.knowledge.compiled
        let chosenTree = chosen.flatMap { knowledge.tree($0) != nil ? $0 : nil } ?? result.results.first?.tree.id
        let report = TriageReport(result, knowledge: knowledge)
        nav = WorkbenchNav(language).html
        lang = language.rawValue
        id = ticket.id
        self.notice = notice.map(w)
        ticketLabel = w(WorkbenchWords.ticket)
        created = WorkbenchRoutes.time(ticket.createdAt)
        text = ticket.redactedText
        redactions = result.redactions > 0 ? result.redactions : nil
        redactionsLabel = w(WorkbenchWords.redactions)
        spelling = report.readAs
        spellingLabel = w(WorkbenchWords.spelling)
        candidatesLabel = w(WorkbenchWords.candidates)
        candidates = result.results.enumerated().map { index, ranked in
            Candidate(
                id: ticket.id, lang: language.rawValue, rank: index + 1, tree: ranked.tree.id, title: ranked.tree.title.text(language),
                confidence: String(format: "%.0f%%", ranked.confidence * 100), matched: ranked.matched.joined(separator: "、"),
                chosen: ranked.tree.id == chosenTree)
        }
        hasCandidates = !candidates.isEmpty
        noMatch = w(WorkbenchWords.noMatch)
        entryLabel = w(WorkbenchWords.entry)
        confidenceLabel = w(WorkbenchWords.confidence)
        matchedLabel = w(WorkbenchWords.matched)
        chooseLabel = w(WorkbenchWords.choose)
        chosenLabel = w(WorkbenchWords.chosen)
        factsLabel = w(WorkbenchWords.facts)
        facts = report.factsDetail.map { Fact(key: $0.key, value: $0.value.description, evidence: $0.evidence) }
        noFacts = w(WorkbenchWords.noFacts)
        questionsLabel = w(WorkbenchWords.questions)
        noQuestions = w(WorkbenchWords.noQuestions)
        replyLabel = w(WorkbenchWords.reply)
        copyLabel = w(WorkbenchWords.copy)
        copiedLabel = w(WorkbenchWords.copied)
        copyFailedLabel = w(WorkbenchWords.copyFailed)
        outcomeLabel = w(WorkbenchWords.outcome)
        resolvedLabel = w(WorkbenchWords.resolved)
        escalatedLabel = w(WorkbenchWords.escalated)
        backLabel = w(WorkbenchWords.back)
        var questions: [String] = []
        let draft = chosenTree.flatMap { snapshot.triager.draft(result, tree: $0) }
        if let draft, case .question(let question) = draft.next.status, question.kind == .fact {
            questions.append(WorkbenchRoutes.prompt(question, knowledge: knowledge, language: language))
        }
        if chosenTree == result.results.first?.tree.id, let separating = report.separating {
            questions.append(separating.prompt)
        }
        self.chosenTree = draft == nil ? nil : chosenTree
        chosenTitle = draft == nil ? nil : chosenTree.map { knowledge.tree($0)?.tree.title.text(language) ?? $0 }
        reply = draft?.reply
        unmatchedReply = result.results.isEmpty ? result.reply : nil
        self.questions = questions
    }
}
