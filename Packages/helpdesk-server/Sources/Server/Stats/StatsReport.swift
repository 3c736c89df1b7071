import Foundation
import KnowledgeBase
import Service

/// The statistics agents see (`GET /v1/stats`, the workbench's stats page, `helpdesk stats`):
/// per entry, the sessions started, resolved (at which step), escalated and abandoned, where
/// users drop off, the tickets triage put first and how often agents chose another entry, and
/// the feedback; per question, how often it is answered "I don't know".
public struct StatsReport: Codable, Sendable {
    /// A session still asking, untouched for this long, is abandoned (seconds).
    public static let abandonedAfter: TimeInterval = 30 * 60

    public struct Step: Codable, Sendable, Equatable {
        /// Questions answered before the conclusion.
        public var answers: Int
        public var sessions: Int
    }

    public struct DropOff: Codable, Sendable, Equatable {
        /// `tree/node`: the question the user left at.
        public var node: String
        public var sessions: Int
    }

    public struct Sessions: Codable, Sendable, Equatable {
        public var started: Int
        public var concluded: Int
        /// Concluded with a remedy or an answer, not an escalation.
        public var resolved: Int
        public var escalated: Int
        public var abandoned: Int
        public var resolvedAtStep: [Step]
        public var dropOff: [DropOff]

        enum CodingKeys: String, CodingKey {
            case started, concluded, resolved, escalated, abandoned
            case resolvedAtStep = "resolved_at_step"
            case dropOff = "drop_off"
        }
    }

    public struct Triage: Codable, Sendable, Equatable {
        /// Tickets whose first result was this entry.
        public var first: Int
        /// Of those, tickets on which an agent's feedback named another entry.
        public var agentChoseOther: Int

        enum CodingKeys: String, CodingKey {
            case first
            case agentChoseOther = "agent_chose_other"
        }
    }

    public struct FeedbackCounts: Codable, Sendable, Equatable {
        public var resolved: Int
        public var escalated: Int
    }

    public struct Entry: Codable, Sendable, Equatable {
        public var tree: String
        public var sessions: Sessions
        public var triage: Triage
        public var feedback: FeedbackCounts
    }

    public struct Question: Codable, Sendable, Equatable {
        public var tree: String
        public var fact: String
        public var answered: Int
        public var unknown: Int
    }

    public struct Totals: Codable, Sendable, Equatable {
        public var sessions: Sessions
        public var triage: Triage
        public var feedback: FeedbackCounts
    }

    public var version = wireVersion
    public var trees: [Entry]
    public var questions: [Question]
    public var totals: Totals

    /// Every entry of `order` (the knowledge's, in journey order), then any other entry with
    /// counts.
    public init(_ statistics: ServerStatistics, order: [String]) {
        let known = Set(order)
        let ids = order + statistics.trees.keys.filter { !known.contains($0) }.sorted()
        let entries = ids.map { id in
            let s = statistics.trees[id] ?? TreeStats(tree: id)
            let steps = s.resolvedAtStep.sorted { $0.key < $1.key }.map { Step(answers: $0.key, sessions: $0.value) }
            let drops = s.dropOff.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { DropOff(node: $0.key, sessions: $0.value) }
            return Entry(
                tree: id,
                sessions: Sessions(
                    started: s.sessionsStarted, concluded: s.sessionsConcluded, resolved: steps.map(\.sessions).reduce(0, +),
                    escalated: s.sessionsEscalated, abandoned: s.sessionsAbandoned, resolvedAtStep: steps, dropOff: drops),
                triage: Triage(first: s.triagedFirst, agentChoseOther: s.agentChoseOther),
                feedback: FeedbackCounts(resolved: s.feedbackResolved, escalated: s.feedbackEscalated))
        }
        trees = entries
        questions = statistics.questions.map { Question(tree: $0.tree, fact: $0.key, answered: $0.answered, unknown: $0.unknown) }
        func sum(_ value: (Entry) -> Int) -> Int { entries.map(value).reduce(0, +) }
        var steps: [Int: Int] = [:]
        var drops: [String: Int] = [:]
        for entry in entries {
            for step in entry.sessions.resolvedAtStep { steps[step.answers, default: 0] += step.sessions }
            for drop in entry.sessions.dropOff { drops[drop.node, default: 0] += drop.sessions }
        }
        totals = Totals(
            sessions: Sessions(
                started: sum(\.sessions.started), concluded: sum(\.sessions.concluded), resolved: sum(\.sessions.resolved),
                escalated: sum(\.sessions.escalated), abandoned: sum(\.sessions.abandoned),
                resolvedAtStep: steps.sorted { $0.key < $1.key }.map { Step(answers: $0.key, sessions: $0.value) },
                dropOff: drops.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { DropOff(node: $0.key, sessions: $0.value) }),
            triage: Triage(first: sum(\.triage.first), agentChoseOther: sum(\.triage.agentChoseOther)),
            feedback: FeedbackCounts(resolved: sum(\.feedback.resolved), escalated: sum(\.feedback.escalated)))
    }

    /// The entries with any count.
    public var activeTrees: [Entry] {
        trees.filter { $0.sessions.started + $0.triage.first + $0.feedback.resolved + $0.feedback.escalated > 0 }
    }

    /// A share as a percentage, or "–" when there is nothing to divide.
    public static func percent(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "–" : String(format: "%.0f%%", Double(part) * 100 / Double(whole))
    }

    /// The report as text, in `language`.
    public func text(_ language: Language) -> String {
        let ja = language == .ja
        var lines: [String] = []
        let t = totals
        lines.append(
            ja
                ? "セッション: 開始 \(t.sessions.started)、解決 \(t.sessions.resolved)、エスカレーション \(t.sessions.escalated)、中断 \(t.sessions.abandoned)"
                : "sessions: \(t.sessions.started) started, \(t.sessions.resolved) resolved, \(t.sessions.escalated) escalated, \(t.sessions.abandoned) abandoned")
        lines.append(
            ja
                ? "チケット: 振り分け \(t.triage.first)、担当者が別の項目を選んだ \(t.triage.agentChoseOther) (\(Self.percent(t.triage.agentChoseOther, of: t.triage.first)))"
                : "tickets: \(t.triage.first) triaged, agents chose another entry on \(t.triage.agentChoseOther) (\(Self.percent(t.triage.agentChoseOther, of: t.triage.first)))")
        lines.append(
            ja ? "結果の記録: 解決 \(t.feedback.resolved)、エスカレーション \(t.feedback.escalated)" : "outcomes recorded: \(t.feedback.resolved) resolved, \(t.feedback.escalated) escalated")
        let active = activeTrees
        if !active.isEmpty {
            lines.append("")
            lines.append(ja ? "項目ごと (開始 解決 エスカ 中断 | 振分 別選択 | 解決 エスカ)" : "per entry (started resolved escalated abandoned | triaged other | resolved escalated)")
            for e in active {
                let s = e.sessions
                lines.append(
                    "  \(e.tree): \(s.started) \(s.resolved) \(s.escalated) \(s.abandoned) | \(e.triage.first) \(e.triage.agentChoseOther) | \(e.feedback.resolved) \(e.feedback.escalated)"
                )
                if !s.resolvedAtStep.isEmpty {
                    let steps = s.resolvedAtStep.map { "\($0.answers)→\($0.sessions)" }.joined(separator: " ")
                    lines.append(ja ? "    解決までの回答数: \(steps)" : "    resolved after N answers: \(steps)")
                }
                for drop in s.dropOff.prefix(3) {
                    lines.append(ja ? "    中断した質問: \(drop.node) (\(drop.sessions))" : "    dropped off at: \(drop.node) (\(drop.sessions))")
                }
            }
        }
        if !questions.isEmpty {
            lines.append("")
            lines.append(ja ? "質問ごとの「わからない」" : "\"I don't know\" per question")
            for q in questions.sorted(by: { ($1.unknown, $0.tree, $0.fact) < ($0.unknown, $1.tree, $1.fact) }) {
                lines.append("  \(q.tree) \(q.fact): \(q.unknown)/\(q.answered) (\(Self.percent(q.unknown, of: q.answered)))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
