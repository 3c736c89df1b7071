import Foundation
import Inference
import KnowledgeBase

/// A Markdown record of a diagnosis, to attach to a helpdesk ticket. Secret values are shown
/// as `•••`; text from outside is written as text, never as Markdown structure.
public struct Transcript: Sendable {
    public let knowledge: CompiledKnowledge
    public let language: Language

    public init(knowledge: CompiledKnowledge, language: Language) {
        self.knowledge = knowledge
        self.language = language
    }

    public func markdown(session: Session, result: StepResult, date: Date = Date()) -> String {
        let builder = WireBuilder(knowledge: knowledge, language: language)
        let describe = Describe(language: language, knowledge: knowledge)
        func w(_ text: LocalizedText) -> String { text.text(language) }
        var md = w(Words.transcriptTitle) + "\n\n"
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        md += "- \(w(Words.date)): \(formatter.string(from: date))\n"
        md += "- \(w(Words.startedAt)): \(knowledge.tree(session.tree)?.tree.title.text(language) ?? session.tree) (`\(session.tree)`)\n\n"
        md += w(Words.whatWasChecked) + "\n\n"
        md += "| \(w(Words.item)) | \(w(Words.answer)) | \(w(Words.origin)) |\n|---|---|---|\n"
        for fact in Explanation.how(result, knowledge: knowledge).facts {
            let label = knowledge.fact(fact.key)?.prompt?.text(language) ?? stepLabel(fact.key)
            let value = describe.value(fact.key, fact.value)
            md += "| \(cell(label)) | \(cell(value)) | \(fact.source.rawValue)\(fact.how.map { " (\(cell($0)))" } ?? "") |\n"
        }
        if case .conclusion(let e) = result.status {
            let c = builder.conclusion(e)
            md += "\n" + w(Words.conclusionHeading) + "\n\n"
            md += "**\(c.title)** — \(describe.kindLabel(e.kind))\n\n"
            if let step = c.step { md += "\(step)\n\n" }
            md += "\(c.text)\n\n"
            for (i, step) in c.steps.enumerated() { md += "\(i + 1). \(step)\n" }
            for link in c.links { md += "- \(link.title ?? link.id)\(link.url.map { ": <\($0)>" } ?? "")\n" }
            if let category = c.contactCategory {
                md += "\n\(w(Words.category)): \(category.label)\n"
                if let q = category.question { md += "\(w(Words.question8)): \(q)\n" }
            }
        }
        return md
    }

    /// The file a transcript is offered to be saved as: the entry and the local time, so that
    /// transcripts of several sessions do not overwrite each other.
    public static func fileName(tree: String, date: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        return "helpdesk-\(tree)-\(formatter.string(from: date)).md"
    }

    private func stepLabel(_ key: String) -> String {
        guard let step = knowledge.step(outcomeKey: key) else { return key }
        return Words.stepPrefix.text(language) + step.text.text(language)
    }

    /// A table cell: no column breaks, no line breaks, no control characters.
    private func cell(_ text: String) -> String {
        TerminalText.safe(text).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
