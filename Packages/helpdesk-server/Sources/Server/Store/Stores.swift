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
    /// How many questions were answered so far.
    public var answers: Int
    /// While asking: the question's node (`tree/node`), where a user who leaves dropped off.
    public var node: String?

    public init(
        status: String, entryTree: String, endingTree: String? = nil, endingKind: String? = nil, answers: Int = 0, node: String? = nil
    ) {
        self.status = status
        self.entryTree = entryTree
        self.endingTree = endingTree
        self.endingKind = endingKind
        self.answers = answers
        self.node = node
    }
}

/// One answer, as the statistics count it: which question, and whether it was "I don't know".
/// Never the value.
public struct AnswerEvent: Sendable, Equatable {
    public var tree: String
    public var key: String
    public var unknown: Bool

    public init(tree: String, key: String, unknown: Bool) {
        self.tree = tree
        self.key = key
        self.unknown = unknown
    }
}

/// A session as a server keeps it: the `SavedSession` (never a secret fact), the knowledge
/// revision it was walked on, and how many times it was kept (its version).
public struct StoredSession: Sendable, Equatable {
    public var saved: SavedSession
    public var revision: String?
    public var version: Int

    public init(saved: SavedSession, revision: String?, version: Int) {
        self.saved = saved
        self.revision = revision
        self.version = version
    }
}

/// A line of the workbench's list of recent sessions.
public struct SessionSummary: Sendable, Equatable {
    public var id: String
    public var entryTree: String?
    public var status: String?
    public var endingKind: String?
    public var updatedAt: Date
}

/// Sessions as a server keeps them (only `SavedSession`s, so never a secret fact), with where
/// each walk stands and the answers' events. Every write is one transaction, durable when it
/// returns.
public protocol ServerSessionStore: Sendable {
    func load(_ id: String) async throws(StoreError) -> StoredSession?
    /// Keeps `session`: as a new session when `expecting` is nil, else over the kept one only if
    /// its version is still `expecting`. Returns the version kept, or nil when the session was
    /// changed meanwhile (or, new, already exists): then nothing was written.
    func save(_ session: SavedSession, revision: String, progress: SessionProgress, answer: AnswerEvent?, expecting: Int?)
        async throws(StoreError) -> Int?
    func delete(_ id: String) async throws(StoreError)
    /// The most recently changed sessions, newest first.
    func recent(limit: Int) async throws(StoreError) -> [SessionSummary]
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

/// A line of the workbench's list of recent tickets: never the ticket's text.
public struct TicketSummary: Sendable, Equatable {
    public var id: String
    public var createdAt: Date
    public var firstTree: String?
    /// The entry and outcome of the latest feedback, if any.
    public var chosenTree: String?
    public var outcome: String?
}

public protocol TicketStore: Sendable {
    func add(_ ticket: StoredTicket) async throws(StoreError)
    func ticket(_ id: String) async throws(StoreError) -> StoredTicket?
    /// The newest tickets first, with their latest feedback.
    func recent(limit: Int) async throws(StoreError) -> [TicketSummary]
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

/// A ticket an agent confirmed: its redacted text and the entry that was right, for
/// `helpdesk examples export`.
public struct ConfirmedTicket: Sendable, Equatable {
    public var id: String
    public var language: String
    public var redactedText: String
    public var tree: String
    public var outcome: String
}

public protocol FeedbackStore: Sendable {
    /// Records the feedback; its id.
    @discardableResult
    func add(_ feedback: Feedback) async throws(StoreError) -> Int64
    /// Every ticket with feedback, with the entry of its latest feedback, oldest first.
    func confirmedTickets() async throws(StoreError) -> [ConfirmedTicket]
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
    /// Sessions still asking, untouched for longer than the abandonment time.
    public var sessionsAbandoned = 0
    /// Sessions that ended with a remedy or an answer (not an escalation), by the number of
    /// questions answered before it.
    public var resolvedAtStep: [Int: Int] = [:]
    /// Abandoned sessions by the node (`tree/node`) they were left at.
    public var dropOff: [String: Int] = [:]

    public init(tree: String) { self.tree = tree }
}

/// How often a question was answered, and how often "I don't know".
public struct QuestionStats: Sendable, Equatable {
    public var tree: String
    public var key: String
    public var answered: Int
    public var unknown: Int

    public init(tree: String, key: String, answered: Int, unknown: Int) {
        self.tree = tree
        self.key = key
        self.answered = answered
        self.unknown = unknown
    }
}

/// Everything the statistics count.
public struct ServerStatistics: Sendable, Equatable {
    /// Every entry that has any count, by id.
    public var trees: [String: TreeStats]
    /// Every question answered at least once, by entry then key.
    public var questions: [QuestionStats]

    public init(trees: [String: TreeStats], questions: [QuestionStats]) {
        self.trees = trees
        self.questions = questions
    }
}

public protocol StatsStore: Sendable {
    /// The counts; a session still asking and unchanged since `abandonedBefore` counts as
    /// abandoned.
    func statistics(abandonedBefore: Date) async throws(StoreError) -> ServerStatistics
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
