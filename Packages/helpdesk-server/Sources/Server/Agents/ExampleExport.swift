import Foundation
import KnowledgeBase
import Service
import Triage

/// Confirmed tickets as the knowledge's example files (`examples/<tree>.yaml`): one file per
/// entry, each ticket's text redacted again (the redactor may have learnt since), without the
/// texts the knowledge already has, in the order they were confirmed.
public struct ExampleExport: Sendable {
    public struct File: Sendable, Equatable {
        public var tree: String
        public var count: Int
        /// The file's YAML, as `examples/<tree>.yaml` holds it.
        public var text: String
    }

    public let files: [File]

    public init(_ tickets: [ConfirmedTicket], knowledge: CompiledKnowledge) {
        let known = Set(knowledge.examples.flatMap { $0.examples.map { $0.text.sameTextKey } })
        var seen = known
        var byTree: [String: [(language: String, text: String)]] = [:]
        var order: [String] = []
        for ticket in tickets where knowledge.tree(ticket.tree) != nil {
            let text = Redactor.redact(ticket.redactedText).text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty, seen.insert(text.sameTextKey).inserted else { continue }
            if byTree[ticket.tree] == nil { order.append(ticket.tree) }
            byTree[ticket.tree, default: []].append((ticket.language, text))
        }
        files = order.map { tree in
            let examples = byTree[tree]!
            var lines = ["# yaml-language-server: $schema=../schema.json", "examples:"]
            for example in examples {
                lines.append("  - lang: \(example.language == "en" ? "en" : "ja")")
                lines.append("    text: \(Self.quoted(example.text))")
            }
            return File(tree: tree, count: examples.count, text: lines.joined(separator: "\n") + "\n")
        }
    }

    /// A YAML double-quoted scalar: JSON's string escapes, which YAML reads the same.
    static func quoted(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let data = try? encoder.encode(text) else { return "\"\"" }
        return String(decoding: data, as: UTF8.self)
    }
}
