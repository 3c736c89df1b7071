import Foundation
import Inference
import KnowledgeBase

/// A Markdown record of a diagnosis, to attach to a helpdesk ticket. Secret values are shown
/// as `•••`.
struct Transcript {
    let knowledge: CompiledKnowledge
    let language: Language

    func markdown(session: Session, result: StepResult, date: Date = Date()) -> String {
        let ja = language == .ja
        let protocolObject = ProtocolObject(knowledge: knowledge, language: language)
        var md = ja ? "# helpdesk 診断記録\n\n" : "# helpdesk diagnosis\n\n"
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        md += "- \(ja ? "日時" : "Date"): \(formatter.string(from: date))\n"
        md += "- \(ja ? "開始" : "Started at"): \(knowledge.tree(session.tree)?.tree.title.text(language) ?? session.tree) (`\(session.tree)`)\n\n"
        md += ja ? "## 確認した内容\n\n" : "## What was checked\n\n"
        md += "| \(ja ? "項目" : "Item") | \(ja ? "答え" : "Answer") | \(ja ? "出どころ" : "Source") |\n|---|---|---|\n"
        for fact in Explanation.how(result, knowledge: knowledge).facts {
            let label = knowledge.fact(fact.key)?.prompt?.text(language) ?? stepLabel(fact.key)
            let value = "\(protocolObject.shown(fact.key, fact.value))"
            md += "| \(cell(label)) | \(cell(display(fact.key, value))) | \(fact.source.rawValue)\(fact.how.map { " (\(cell($0)))" } ?? "") |\n"
        }
        if case .conclusion(let e) = result.status {
            let c = protocolObject.conclusion(e)
            md += ja ? "\n## 結論\n\n" : "\n## Conclusion\n\n"
            md += "**\(c["title"] as? String ?? "")** — \(Describe(language: language, knowledge: knowledge).kindLabel(e.kind))\n\n"
            if e.kind == .resolved, let step = c["step"] as? String { md += "\(step)\n\n" }
            md += "\(c["text"] as? String ?? "")\n\n"
            for (i, step) in (c["steps"] as? [String] ?? []).enumerated() { md += "\(i + 1). \(step)\n" }
            for link in c["links"] as? [[String: Any]] ?? [] {
                md += "- \(link["title"] as? String ?? "")\((link["url"] as? String).map { ": <\($0)>" } ?? "")\n"
            }
            if let category = c["contact_category"] as? [String: Any] {
                md += "\n\(Messages.category.text(language)): \(category["label"] as? String ?? "")\n"
                if let q = category["question"] as? String { md += "\(Messages.question8.text(language)): \(q)\n" }
            }
        }
        return md
    }

    private func stepLabel(_ key: String) -> String {
        guard let step = knowledge.step(outcomeKey: key) else { return key }
        return (language == .ja ? "手順: " : "Step: ") + step.text.text(language)
    }

    private func display(_ key: String, _ value: String) -> String {
        Messages.label(value, of: knowledge.fact(key), in: language)
    }

    private func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
