import Foundation
import Service

/// Where a session's walk stands, kept beside it for the statistics: never a fact's value.
public struct SessionProgress: Sendable, Equatable {
    /// `question`, `conclusion` or `error`.
    public var status: String
    /// The FAQ entry the session is about: its start tree, or the first entry the navigator
    /// entered.
    public var entryTree: String
    /// With a conclusion: its tree and kind (`remedy`, `answer`, `escalation`, `resolved`).
    public var endingTree: String?
    public var endingKind: String?

    public init(status: String, entryTree: String, endingTree: String? = nil, endingKind: String? = nil) {
        self.status = status
        self.entryTree = entryTree
        self.endingTree = endingTree
        self.endingKind = endingKind
    }
}

/// Sessions as a server keeps them: a `SessionStore` (so only `SavedSession`s, never a secret
/// fact) that also records where each walk stands.
public protocol ServerSessionStore: SessionStore {
    /// Writes the session and its progress in one transaction; when this returns, it is durable.
    func save(_ session: SavedSession, progress: SessionProgress) throws(StoreError)
}

/// A triaged ticket as it is kept: only the redacted text, and the triage's JSON.
public struct StoredTicket: Sendable, Equatable {
    public var id: String
    public var createdAt: Date
    public var language: String
    /// The ticket with its secrets replaced by `[REDACTED]`: the only text ever stored.
    public var redactedText: String
    /// The `triage --json` object, as returned.
    public var triageJSON: Data
    /// Triage's first entry, if any.
    public var firstTree: String?

    public init(id: String, createdAt: Date, language: String, redactedText: String, triageJSON: Data, firstTree: String?) {
        self.id = id
        self.createdAt = createdAt
        self.language = language
        self.redactedText = redactedText
        self.triageJSON = triageJSON
        self.firstTree = firstTree
    }
}

public protocol TicketStore: Sendable {
    func add(_ ticket: StoredTicket) throws(StoreError)
    func ticket(_ id: String) throws(StoreError) -> StoredTicket?
}

/// An agent's word on how a ticket or a session ended.
public struct Feedback: Sendable, Equatable {
    public enum Outcome: String, Sendable, CaseIterable {
        case resolved, escalated
    }

    public var ticket: String?
    public var session: String?
    public var tree: String
    public var outcome: Outcome
    public var createdAt: Date

    public init(ticket: String?, session: String?, tree: String, outcome: Outcome, createdAt: Date = Date()) {
        self.ticket = ticket
        self.session = session
        self.tree = tree
        self.outcome = outcome
        self.createdAt = createdAt
    }
}

public protocol FeedbackStore: Sendable {
    /// Records the feedback; its id.
    @discardableResult
    func add(_ feedback: Feedback) throws(StoreError) -> Int64
}

/// Counts per FAQ entry, for agents.
public struct TreeStats: Sendable, Equatable {
    public var tree: String
    public var sessionsStarted = 0
    public var sessionsConcluded = 0
    public var sessionsEscalated = 0
    /// Tickets whose first triage result is this entry.
    public var triagedFirst = 0
    /// Of those with feedback, how often the agent chose another entry.
    public var agentChoseOther = 0
    public var feedbackResolved = 0
    public var feedbackEscalated = 0

    public init(tree: String) { self.tree = tree }
}

public protocol StatsStore: Sendable {
    /// Every entry that has any count, by id.
    func treeStats() throws(StoreError) -> [String: TreeStats]
}

/// Everything a server keeps, behind small protocols so that another database (PostgreSQL) can
/// stand in for SQLite.
public struct ServerStores: Sendable {
    public var sessions: any ServerSessionStore
    public var tickets: any TicketStore
    public var feedback: any FeedbackStore
    public var stats: any StatsStore

    public init(sessions: any ServerSessionStore, tickets: any TicketStore, feedback: any FeedbackStore, stats: any StatsStore) {
        self.sessions = sessions
        self.tickets = tickets
        self.feedback = feedback
        self.stats = stats
    }
}
