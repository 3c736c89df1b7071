import Domain
import Inference
import KnowledgeBase
import Triage

/// A triage result for people (text) and programs (JSON).
struct TriageReport {
    let knowledge: CompiledKnowledge
    let result: Triager.Result

    var language: Language { result.language }

    /// The domain checks of facts that have one (the OMUID's form).
    func checks() -> [String: Any] {
        guard let omuid = result.facts.first(where: { $0.key == "omuid" })?.value.textValue else { return [:] }
        let report = OMUIDCheck.check(omuid, site: knowledge.site)
        var check: [String: Any] = [
            "ok": report.findings.isEmpty,
            "findings": report.findings.map { ["code": $0.code, "message": $0.message.text(language)] },
        ]
        if let match = report.match {
            check["pattern"] = match.number
            check["label"] = match.label.text(language)
        }
        return ["omuid": check]
    }

    func object() -> [String: Any] {
        var facts: [String: Any] = [:]
        for fact in result.facts { facts[fact.key] = ProtocolObject(knowledge: knowledge, language: language).shown(fact.key, fact.value) }
        var object: [String: Any] = [
            "text": result.text,
            "redactions": result.redactions,
            "language": language.rawValue,
            "results": result.results.map { r -> [String: Any] in
                var o: [String: Any] = ["tree": r.tree.id, "title": r.tree.title.text(language), "score": (r.score * 1000).rounded() / 1000, "matched": r.matched]
                if let message = r.message { o["message"] = message }
                return o
            },
            "facts": facts,
            "facts_detail": result.facts.map { ["key": $0.key, "value": facts[$0.key] ?? "", "source": "extracted", "evidence": $0.evidence] },
            "checks": checks(),
            "reply": result.reply ?? NSNull(),
            "next": NSNull(),
        ]
        if let next = result.next, let session = result.session {
            object["next"] = ProtocolObject(knowledge: knowledge, language: language).object(for: next, session: session)
        }
        return object
    }

    func text(colour: Bool) -> String {
        let ja = language == .ja
        var lines: [String] = []
        func head(_ s: String) { lines.append(Output.styled(s, .bold, on: colour)) }
        head(ja ? "チケット" : "Ticket")
        lines.append(contentsOf: result.text.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 })
        if result.redactions > 0 {
            lines.append(Output.styled(ja ? "  (秘密情報らしきもの \(result.redactions) 件を [REDACTED] に置き換えました)" : "  (\(result.redactions) secret-looking value(s) replaced by [REDACTED])", .dim, on: colour))
        }
        lines.append("")
        head(ja ? "該当しそうなよくある質問" : "Matching FAQ entries")
        if result.results.isEmpty { lines.append(ja ? "  見つかりませんでした。" : "  None found.") }
        let width = result.results.map { TextWidth.width($0.tree.id) }.max() ?? 0
        for (i, r) in result.results.enumerated() {
            lines.append("  \(i + 1). \(TextWidth.pad(r.tree.id, to: width))  \(String(format: "%6.2f", r.score))  \(r.tree.title.text(language))")
            if !r.matched.isEmpty {
                lines.append(Output.styled("     " + (ja ? "一致: " : "matched: ") + r.matched.prefix(8).joined(separator: ", "), .dim, on: colour))
            }
        }
        lines.append("")
        head(ja ? "チケットから分かること" : "What the ticket tells")
        if result.facts.isEmpty { lines.append(ja ? "  (なし)" : "  (nothing)") }
        let object = ProtocolObject(knowledge: knowledge, language: language)
        for fact in result.facts {
            lines.append("  \(fact.key) = \(object.shown(fact.key, fact.value))  ← \(fact.evidence)")
        }
        if let omuid = checks()["omuid"] as? [String: Any], let findings = omuid["findings"] as? [[String: Any]] {
            for f in findings {
                lines.append(Output.styled("    ! \(f["code"] ?? ""): \(f["message"] ?? "")", .yellow, on: colour))
            }
        }
        if let next = result.next {
            lines.append("")
            switch next.status {
            case .question(let q):
                head(ja ? "次に確認すること" : "Still to ask")
                let prompt = q.kind == .outcome
                    ? (ja ? "手順を試したか: " : "whether this step helped: ") + (q.instruction?.text(language) ?? "")
                    : q.prompt?.text(language) ?? q.key
                lines.append("  \(prompt) (\(q.key))")
            case .conclusion(let e):
                head(ja ? "結論" : "Conclusion")
                lines.append("  \(e.tree)/\(e.node) (\(Describe(language: language, knowledge: knowledge).kindLabel(e.kind)))")
            default:
                break
            }
        }
        if let reply = result.reply {
            lines.append("")
            head(ja ? "返信案" : "Reply draft")
            lines.append("  ----")
            lines.append(contentsOf: reply.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 })
            lines.append("  ----")
        }
        return lines.joined(separator: "\n")
    }
}

import Foundation
