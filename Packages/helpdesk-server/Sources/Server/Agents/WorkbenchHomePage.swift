import Foundation
import KnowledgeBase
import Mustache

/// The workbench's start page: a ticket to paste, the recent tickets (the entry triage put
/// first, and the agent's choice and outcome) and the recent self-service sessions.
struct WorkbenchHomePage: PageContent {
    static var template: MustacheTemplate { WorkbenchTemplates.home }

    struct Ticket: Sendable {
        let id: String
        let created: String
        let first: String
        let lang: String
        let chosen: String?
        let outcome: String?
    }

    struct Session: Sendable {
        let id: String
        let updated: String
        let entry: String
        let status: String
    }

    let nav: String
    let lang: String
    let paste: String
    let triageLabel: String
    let recentTickets: String
    let recentSessions: String
    let none: String
    let triagedAs: String
    let agentChose: String
    let tickets: [Ticket]
    let sessions: [Session]

    init(tickets: [TicketSummary], sessions: [SessionSummary], knowledge: CompiledKnowledge, language: Language) {
        func w(_ t: LocalizedText) -> String { t.text(language) }
        func title(_ tree: String?) -> String { tree.map { knowledge.tree($0)?.tree.title.text(language) ?? $0 } ?? "–" }
        nav = WorkbenchNav(language).html
        lang = language.rawValue
        paste = w(WorkbenchWords.paste)
        triageLabel = w(WorkbenchWords.triage)
        recentTickets = w(WorkbenchWords.recentTickets)
        recentSessions = w(WorkbenchWords.recentSessions)
        none = w(WorkbenchWords.none)
        triagedAs = w(WorkbenchWords.triagedAs)
        agentChose = w(WorkbenchWords.agentChose)
        self.tickets = tickets.map { t in
            Ticket(
                id: t.id, created: WorkbenchRoutes.time(t.createdAt), first: title(t.firstTree), lang: language.rawValue,
                chosen: t.chosenTree.map(title),
                outcome: t.chosenTree == nil ? nil : t.outcome.flatMap(Feedback.Outcome.init(rawValue:)).map { w(WorkbenchRoutes.word($0)) } ?? "")
        }
        self.sessions = sessions.map { s in
            Session(id: s.id, updated: WorkbenchRoutes.time(s.updatedAt), entry: title(s.entryTree), status: s.endingKind ?? s.status ?? "–")
        }
    }
}
