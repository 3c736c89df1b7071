import Inference
import KnowledgeBase

/// A reply a helpdesk agent can send: a greeting, the remedy and its steps, the links, and when
/// escalation is due, the inquiry form and its category; or, when the diagnosis still needs
/// something, the question to ask. Built from redacted text and knowledge only.
public struct ReplyDraft: Sendable {
    let knowledge: CompiledKnowledge
    let language: Language

    public init(knowledge: CompiledKnowledge, language: Language) {
        self.knowledge = knowledge
        self.language = language
    }

    public func text(tree: Tree, next: StepResult, separating: Fact? = nil) -> String {
        let ja = language == .ja
        var parts: [String] = [ja ? "お問い合わせいただきありがとうございます。ITヘルプデスクです。" : "Thank you for contacting the IT helpdesk."]
        let title = tree.title.text(language)
        parts.append(ja ? "「\(title)」についてご案内いたします。" : "About: \(title)")
        switch next.status {
        case .conclusion(let e):
            if e.kind == .resolved {
                parts.append(ja ? "以下の手順をお試しください。" : "Please try the following.")
                parts.append(e.text.text(language))
            } else {
                var body = e.text.text(language)
                for (i, step) in e.steps.enumerated() { body += "\n\(i + 1). \(step.text(language))" }
                parts.append(body)
            }
            if let links = linkLines(e.links) { parts.append(links) }
            if let id = e.contact, let category = knowledge.site.contactCategories[id] {
                var form = ja
                    ? "お問い合わせフォームの「7.お問い合わせの種類」では「\(category.label.text(.ja))」を選択してください。"
                    : "In the inquiry form, choose 「\(category.label.text(.ja))」 (\(category.label.text(.en))) for question 7 (category)."
                if let q = category.question {
                    form += ja ? "「8.質問内容」は「\(q.text(.ja))」を選択してください。" : " For question 8, choose 「\(q.text(.ja))」 (\(q.text(.en)))."
                }
                parts.append(form)
                if let formLink = knowledge.site.contactForm, let links = linkLines([formLink]) { parts.append(links) }
            }
        case .question(let q) where q.kind == .outcome:
            parts.append(ja ? "次の手順をお試しください。" : "Please try the following.")
            parts.append(q.instruction?.text(language) ?? "")
            if let links = linkLines(q.links) { parts.append(links) }
            parts.append(ja ? "それでも解決しない場合は、このメールにご返信ください。" : "If this does not solve it, please reply to this message.")
        case .question(let q):
            var ask = (ja ? "解決のため、恐れ入りますが次の点をお知らせください。\n・" : "To help you further, could you tell us:\n- ")
                + (q.prompt?.text(language) ?? q.key)
            if !q.choices.isEmpty {
                ask += "\n" + q.choices.map { (ja ? "  ・" : "  - ") + $0.label.text(language) }.joined(separator: "\n")
            }
            parts.append(ask)
        case .probe, .error:
            break
        }
        if let fact = separating, let prompt = fact.prompt {
            parts.append(ja
                ? "なお、状況によってご案内が異なります。恐れ入りますが、次の点もお知らせください。\n・" + prompt.text(.ja)
                : "The answer depends on your situation, so could you also tell us:\n- " + prompt.text(.en))
        }
        parts.append(ja ? "よろしくお願いいたします。" : "Best regards,\nIT helpdesk")
        return parts.joined(separator: "\n\n")
    }

    func linkLines(_ ids: [String]) -> String? {
        let lines = ids.compactMap { id -> String? in
            guard let link = knowledge.site.links[id] else { return nil }
            return (language == .ja ? "・" : "- ") + link.title.text(language) + (link.url.map { ": \($0)" } ?? "")
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }
}
