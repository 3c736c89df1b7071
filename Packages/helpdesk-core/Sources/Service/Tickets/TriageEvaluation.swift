import Foundation
import KnowledgeBase
import Triage

/// Top-1 and top-3 accuracy of triage on labelled tickets, by language, with the confusions
/// (expected → ranked first) and the misses.
public struct TriageEvaluation: Report {
    public struct Rates: Codable, Sendable, Equatable {
        public var tickets: Int
        public var top1: Double
        public var top3: Double
    }

    public struct Miss: Codable, Sendable, Equatable {
        public var id: String
        public var expected: String
        public var ranked: [String]
    }

    public var version = wireVersion
    public var tickets = 0
    public var top1 = 0.0
    public var top3 = 0.0
    public var languages = SortedObject<Rates>()
    public var confusions = SortedObject<Int>()
    public var misses: [Miss] = []
    var counts: (top1: Int, top3: Int) = (0, 0)

    enum CodingKeys: String, CodingKey { case version, tickets, top1, top3, languages, confusions, misses }

    /// Evaluates `triager` on labelled tickets; a ticket without a label or with an unknown
    /// entry is an error naming its line.
    public static func run(_ triager: Triager, on tickets: [TicketReader.Line]) throws(TicketError) -> TriageEvaluation {
        var report = TriageEvaluation()
        var byLanguage: [String: (total: Int, top1: Int, top3: Int)] = [:]
        for line in tickets {
            let ticket: Ticket
            switch line {
            case .success(let t): ticket = t
            case .failure(let e): throw e
            }
            guard let expected = ticket.tree else { throw TicketError(line: ticket.line, message: "expected {\"text\": …, \"tree\": …}") }
            guard triager.knowledge.tree(expected) != nil else { throw TicketError(line: ticket.line, message: "no tree '\(expected)'") }
            let ranked = triager.triage(ticket.text, top: 3).results.map(\.tree.id)
            var stats = byLanguage[ticket.lang ?? "?"] ?? (0, 0, 0)
            stats.total += 1
            report.tickets += 1
            if ranked.first == expected { report.counts.top1 += 1; stats.top1 += 1 }
            if ranked.prefix(3).contains(expected) { report.counts.top3 += 1; stats.top3 += 1 }
            byLanguage[ticket.lang ?? "?"] = stats
            if ranked.first != expected {
                report.confusions.values["\(expected) → \(ranked.first ?? "(none)")", default: 0] += 1
                report.misses.append(Miss(id: ticket.id, expected: expected, ranked: ranked))
            }
        }
        report.top1 = pct(report.counts.top1, report.tickets)
        report.top3 = pct(report.counts.top3, report.tickets)
        for (language, s) in byLanguage {
            report.languages[language] = Rates(tickets: s.total, top1: pct(s.top1, s.total), top3: pct(s.top3, s.total))
        }
        return report
    }

    static func pct(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) * 100 / Double(b) }

    public func text(_ style: Styler) -> String {
        var lines = [String(
            format: "tickets: %d\ntop-1: %.1f%% (%d/%d)\ntop-3: %.1f%% (%d/%d)", tickets, top1, counts.top1, tickets, top3, counts.top3, tickets)]
        for language in languages.values.keys.sorted() {
            let s = languages.values[language]!
            let hits1 = Int((s.top1 * Double(s.tickets) / 100).rounded()), hits3 = Int((s.top3 * Double(s.tickets) / 100).rounded())
            lines.append(String(
                format: "  %@: top-1 %.1f%% (%d/%d), top-3 %.1f%% (%d/%d)", language, s.top1, hits1, s.tickets, s.top3, hits3, s.tickets))
        }
        if !confusions.values.isEmpty {
            lines.append("confusions (expected → ranked first):")
            for (pair, count) in confusions.values.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
                lines.append("  \(count)× \(pair)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
