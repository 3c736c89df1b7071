import Foundation
import KnowledgeBase
import Service
import Triage

/// What agents do with tickets, whichever surface (the API or the workbench): triage a ticket
/// and keep it redacted, read it back, draft for another entry, record how it ended.
struct TicketDesk: Sendable {
    let state: KnowledgeState
    let stores: ServerStores

    /// How many entries triage ranks.
    static let top = 3

    /// Triages `text` and keeps it (redacted, with its triage); the report has the ticket's id.
    /// `json` is the report as kept and as the API returns it (encoded once).
    func triage(_ text: String, language: Language?) async throws -> (report: TriageReport, json: Data) {
        let snapshot = state.current
        let triager = snapshot.triager
        let result = triager.triage(Self.withoutNUL(text), top: Self.top, language: language)
        let report = TriageReport(result, knowledge: triager.knowledge, id: Self.newTicketID(), memo: snapshot.diagnosis.memo)
        let json = WireEncoder().data(report)
        let ticket = StoredTicket(
            id: report.id!, createdAt: Date(), language: report.language.rawValue, redactedText: report.text, triageJSON: json,
            firstTree: report.results.first?.tree)
        do { try await stores.tickets.add(ticket) } catch { throw APIError.store(error) }
        return (report, json)
    }

    /// A ticket's id: 32 hexadecimal digits like a session's, of which the first 12 are the
    /// milliseconds since 1970 and the other 20 random (80 bits: still nobody's guess, and only
    /// agents read tickets). Ids made later sort later, so the database's index on them grows at
    /// its end, as UUIDv7 keys do: fully random ids put every ticket kept on a page of the index
    /// at random (on PostgreSQL, the index of 375,000 tickets was 28 MB with random ids, 21 MB
    /// with these).
    static func newTicketID(now: Date = Date()) -> String {
        let milliseconds = UInt64(max(0, now.timeIntervalSince1970 * 1000)) & 0xFFFF_FFFF_FFFF
        var generator = SystemRandomNumberGenerator()
        let random = (generator.next() as UInt64) & 0xF_FFFF_FFFF_FFFF, more = (generator.next() as UInt64) & 0xFFF_FFFF
        return hexDigits(milliseconds, count: 12) + hexDigits(random, count: 13) + hexDigits(more, count: 7)
    }

    /// The text without U+0000: PostgreSQL keeps no NUL in text, and no person writes one, so it
    /// is dropped on every database alike (the reply, the kept text and the response agree).
    static func withoutNUL(_ text: String) -> String {
        guard text.utf8.contains(0) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\u{0}" }))
    }

    /// A kept ticket, triaged again on the current knowledge from its redacted text (what
    /// the workbench shows), with that knowledge, so a page reads one revision throughout; 404
    /// for an unknown id.
    func ticket(_ id: String) async throws -> (ticket: StoredTicket, result: Triager.Result, snapshot: KnowledgeState.Snapshot) {
        let ticket: StoredTicket?
        do { ticket = try await stores.tickets.ticket(id) } catch { throw APIError.store(error) }
        guard let ticket else { throw APIError.notFound("no ticket with this id") }
        let snapshot = state.current
        let result = snapshot.triager.triage(ticket.redactedText, top: Self.top, language: Language(rawValue: ticket.language))
        return (ticket, result, snapshot)
    }

    /// Records which entry was right for a ticket or a session, and how it ended.
    func record(ticket: String?, session: String?, tree: String, outcome: Feedback.Outcome) async throws -> Int64 {
        if ticket != nil, session != nil { throw APIError.badRequest("bad_field", "give 'ticket' or 'session', not both") }
        let knowledge = state.current.knowledge
        if knowledge.compiled.tree(tree) == nil {
            do { _ = try knowledge.tree(tree) } catch { throw APIError.badRequest("unknown_tree", "\(error)") }
        }
        do {
            if let ticket, try await stores.tickets.ticket(ticket) == nil { throw APIError.badRequest("unknown_ticket", "no ticket with this id") }
            if let session, try await stores.sessions.load(session) == nil {
                throw APIError.badRequest("unknown_session", "no session with this id")
            }
            return try await stores.feedback.add(Feedback(ticket: ticket, session: session, tree: tree, outcome: outcome))
        } catch let error as StoreError {
            throw APIError.store(error)
        }
    }

    /// The statistics, in the knowledge's journey order.
    func statistics(now: Date = Date()) async throws -> StatsReport {
        let statistics: ServerStatistics
        do {
            statistics = try await stores.stats.statistics(abandonedBefore: now.addingTimeInterval(-StatsReport.abandonedAfter))
        } catch {
            throw APIError.store(error)
        }
        return StatsReport(statistics, order: state.current.knowledge.treesInJourneyOrder.map(\.id))
    }
}
