import Foundation
import KnowledgeBase
import Triage

/// `triage --evaluate FILE`: top-1 and top-3 accuracy on labelled tickets, by language, and the
/// confusions (expected → ranked first).
struct TriageEvaluation {
    let triager: Triager
    let json: Bool

    func run(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw UsageError("cannot read \(path)", json: json) }
        var total = 0, top1 = 0, top3 = 0
        var byLanguage: [String: (total: Int, top1: Int, top3: Int)] = [:]
        var confusions: [String: Int] = [:]
        var misses: [[String: Any]] = []
        for (n, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() {
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any],
                let text = object["text"] as? String, let expected = object["tree"] as? String
            else { throw UsageError("line \(n + 1): expected {\"text\": …, \"tree\": …}", json: json) }
            guard triager.knowledge.tree(expected) != nil else { throw UsageError("line \(n + 1): no tree '\(expected)'", json: json) }
            let ranked = triager.triage(text, top: 3).results.map(\.tree.id)
            let language = object["lang"] as? String ?? "?"
            total += 1
            var stats = byLanguage[language] ?? (0, 0, 0)
            stats.total += 1
            if ranked.first == expected { top1 += 1; stats.top1 += 1 }
            if ranked.prefix(3).contains(expected) { top3 += 1; stats.top3 += 1 }
            byLanguage[language] = stats
            if ranked.first != expected {
                confusions["\(expected) → \(ranked.first ?? "(none)")", default: 0] += 1
                misses.append(["id": object["id"] ?? "\(n + 1)", "expected": expected, "ranked": ranked])
            }
        }
        func pct(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) * 100 / Double(b) }
        if json {
            Output.out(Output.json([
                "tickets": total, "top1": pct(top1, total), "top3": pct(top3, total),
                "languages": byLanguage.mapValues { ["tickets": $0.total, "top1": pct($0.top1, $0.total), "top3": pct($0.top3, $0.total)] },
                "confusions": confusions, "misses": misses,
            ]))
            return
        }
        Output.out(String(format: "tickets: %d\ntop-1: %.1f%% (%d/%d)\ntop-3: %.1f%% (%d/%d)", total, pct(top1, total), top1, total, pct(top3, total), top3, total))
        for (language, s) in byLanguage.sorted(by: { $0.key < $1.key }) {
            Output.out(String(format: "  %@: top-1 %.1f%% (%d/%d), top-3 %.1f%% (%d/%d)", language, pct(s.top1, s.total), s.top1, s.total, pct(s.top3, s.total), s.top3, s.total))
        }
        if !confusions.isEmpty {
            Output.out("confusions (expected → ranked first):")
            for (pair, count) in confusions.sorted(by: { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }) {
                Output.out("  \(count)× \(pair)")
            }
        }
    }
}
