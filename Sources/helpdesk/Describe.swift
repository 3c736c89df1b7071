import Inference
import KnowledgeBase

/// Short descriptions of where things lead, for people.
struct Describe {
    let language: Language
    let knowledge: CompiledKnowledge

    func destination(_ d: Destination) -> String {
        let ja = language == .ja
        switch d {
        case .check(let fact, let prompt):
            return (ja ? "確認: " : "check: ") + (prompt?.text(language) ?? fact)
        case .step(let text):
            return (ja ? "手順: " : "try: ") + firstSentence(text.text(language))
        case .conclusion(let kind, let text):
            return kindLabel(kind) + ": " + firstSentence(text.text(language))
        case .tree(_, let title):
            return (ja ? "次へ: " : "go to: ") + title.text(language)
        case .returns:
            return ja ? "ITヘルプデスクへの問い合わせ(または前の診断に戻る)" : "contacting the IT helpdesk (or back to the previous diagnosis)"
        case .resolved:
            return ja ? "解決" : "solved"
        }
    }

    func kindLabel(_ kind: Ending.Kind) -> String {
        switch (kind, language) {
        case (.remedy, .ja): return "対処方法"
        case (.remedy, .en): return "remedy"
        case (.answer, .ja): return "回答"
        case (.answer, .en): return "answer"
        case (.escalation, .ja): return "問い合わせ"
        case (.escalation, .en): return "contact the helpdesk"
        case (.resolved, .ja): return "解決"
        case (.resolved, .en): return "solved"
        }
    }

    /// Up to the first 。 or '. ', for one-line summaries.
    func firstSentence(_ text: String) -> String {
        if let end = text.firstIndex(of: "。") { return String(text[...end]) }
        if let range = text.range(of: ". ") { return String(text[..<range.lowerBound]) + "." }
        return text
    }
}
