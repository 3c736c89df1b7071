import Hummingbird
import Service

/// `GET /v1/stats` (agents): per FAQ entry, the sessions started, concluded and escalated, the
/// tickets triage put first, how often agents chose another entry, and the feedback.
struct StatsRoutes {
    let knowledge: LoadedKnowledge
    let store: any StatsStore

    struct Reply: Codable, Sendable {
        struct Sessions: Codable, Sendable, Equatable {
            var started: Int
            var concluded: Int
            var escalated: Int
        }

        struct Triage: Codable, Sendable, Equatable {
            /// Tickets whose first result was this entry.
            var first: Int
            /// Of those, tickets on which an agent's feedback named another entry.
            var agentChoseOther: Int

            enum CodingKeys: String, CodingKey {
                case first
                case agentChoseOther = "agent_chose_other"
            }
        }

        struct FeedbackCounts: Codable, Sendable, Equatable {
            var resolved: Int
            var escalated: Int
        }

        struct Entry: Codable, Sendable, Equatable {
            var tree: String
            var sessions: Sessions
            var triage: Triage
            var feedback: FeedbackCounts
        }

        struct Totals: Codable, Sendable, Equatable {
            var sessions: Sessions
            var triage: Triage
            var feedback: FeedbackCounts
        }

        var version = wireVersion
        var trees: [Entry]
        var totals: Totals
    }

    func register(on group: RouterGroup<ServerRequestContext>) {
        group.get("/stats") { _, _ in
            let stats: [String: TreeStats]
            do { stats = try store.treeStats() } catch { throw APIError.store(error) }
            return JSONResponse.make(Self.reply(stats, order: knowledge.treesInJourneyOrder.map(\.id)))
        }
    }

    /// Every entry of the knowledge in journey order, then any other entry with counts.
    static func reply(_ stats: [String: TreeStats], order: [String]) -> Reply {
        let ids = order + stats.keys.filter { !order.contains($0) }.sorted()
        let entries = ids.map { id in
            let s = stats[id] ?? TreeStats(tree: id)
            return Reply.Entry(
                tree: id, sessions: .init(started: s.sessionsStarted, concluded: s.sessionsConcluded, escalated: s.sessionsEscalated),
                triage: .init(first: s.triagedFirst, agentChoseOther: s.agentChoseOther),
                feedback: .init(resolved: s.feedbackResolved, escalated: s.feedbackEscalated))
        }
        func sum(_ value: (Reply.Entry) -> Int) -> Int { entries.map(value).reduce(0, +) }
        let totals = Reply.Totals(
            sessions: .init(started: sum(\.sessions.started), concluded: sum(\.sessions.concluded), escalated: sum(\.sessions.escalated)),
            triage: .init(first: sum(\.triage.first), agentChoseOther: sum(\.triage.agentChoseOther)),
            feedback: .init(resolved: sum(\.feedback.resolved), escalated: sum(\.feedback.escalated)))
        return Reply(trees: entries, totals: totals)
    }
}
