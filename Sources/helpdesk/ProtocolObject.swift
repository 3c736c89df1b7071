import Foundation
import Inference
import KnowledgeBase

/// The JSON protocol of `helpdesk diagnose --json` (DESIGN.md): one object per call.
/// Secret values never appear: they show as `•••`.
struct ProtocolObject {
    let knowledge: CompiledKnowledge
    let language: Language

    static let mask = "•••"

    func object(for result: StepResult, session: Session) -> [String: Any] {
        var object: [String: Any] = [
            "shown": result.shown,
            "trace": result.trace.map(trace),
            "facts": facts(result),
            "start": session.tree,
        ]
        switch result.status {
        case .question(let q):
            object["status"] = "question"
            object["tree"] = q.tree
            object["question"] = question(q, why: Explanation.why(result, knowledge: knowledge))
        case .conclusion(let e):
            object["status"] = "conclusion"
            object["tree"] = e.tree
            object["conclusion"] = conclusion(e)
        case .probe(let fact, let probe):
            object["status"] = "error"
            object["error"] = "the fact '\(fact)' needs the probe '\(probe)', which is off here; give it with --fact"
        case .error(let e):
            object["status"] = "error"
            object["error"] = e.message
        }
        return object
    }

    func shown(_ key: String, _ value: FactValue?) -> Any {
        guard let value else { return NSNull() }
        if knowledge.fact(key)?.type.isSecret == true { return Self.mask }
        switch value {
        case .bool(let b): return b
        case .number(let n): return n
        case .text(let t), .choice(let t): return t
        }
    }

    func trace(_ entry: TraceEntry) -> [String: Any] {
        var object: [String: Any] = ["tree": entry.tree, "node": entry.node, "action": entry.action.rawValue]
        if let fact = entry.fact { object["fact"] = fact }
        if let value = entry.value { object["value"] = shown(entry.fact ?? "", value) }
        if let source = entry.source { object["source"] = source.rawValue }
        if let how = entry.how { object["how"] = how }
        if let to = entry.to { object["to"] = to }
        return object
    }

    /// Every fact known, with value and provenance.
    func facts(_ result: StepResult) -> [String: Any] {
        var object: [String: Any] = [:]
        for (key, entry) in result.known {
            var fact: [String: Any] = ["value": shown(key, entry.value), "source": entry.source.rawValue]
            if let how = entry.how { fact["how"] = how }
            object[key] = fact
        }
        return object
    }

    func question(_ q: Question, why: Why?) -> [String: Any] {
        var object: [String: Any] = [
            "key": q.key, "kind": q.kind.rawValue, "type": q.type.rawValue, "node": q.node,
            "prompt": q.prompt.map { $0.text(language) } ?? NSNull(),
            "instruction": q.instruction.map { $0.text(language) } ?? NSNull(),
            "links": q.links.map(link),
        ]
        if q.kind == .outcome {
            object["prompt"] = Messages.didItHelp.text(language)
        }
        switch q.type {
        case .choice: object["choices"] = q.choices.map { ["value": $0.id, "label": $0.label.text(language)] }
        case .bool: object["choices"] = [["value": "true", "label": Messages.yes.text(language)], ["value": "false", "label": Messages.no.text(language)]]
        default: object["choices"] = NSNull()
        }
        if let forFact = q.forFact { object["for"] = forFact }
        if let why {
            var w: [String: Any] = [
                "check": "\(why.tree)/\(why.node)",
                "branches": why.branches.map { ["value": $0.value, "label": $0.label.text(language), "leads_to": Describe(language: language, knowledge: knowledge).destination($0.leadsTo)] },
            ]
            if let reason = why.reason { w["reason"] = reason.text(language) }
            object["why"] = w
        }
        return object
    }

    func conclusion(_ e: Ending) -> [String: Any] {
        let tree = knowledge.tree(e.tree)?.tree
        var object: [String: Any] = [
            "tree": e.tree, "node": e.node, "kind": e.kind.rawValue,
            "title": tree?.title.text(language) ?? "",
            "text": e.kind == .resolved ? Messages.resolved.text(language) : e.text.text(language),
            "steps": e.steps.map { $0.text(language) },
            "links": e.links.map(link),
            "contact_category": NSNull(),
        ]
        if e.kind == .resolved { object["step"] = e.text.text(language) }
        if let id = e.contact, let category = knowledge.site.contactCategories[id] {
            var c: [String: Any] = ["id": id, "label": category.label.text(language)]
            if let question = category.question { c["question"] = question.text(language) }
            if let form = knowledge.site.contactForm { c["form"] = link(form) }
            object["contact_category"] = c
        }
        return object
    }

    func link(_ id: String) -> [String: Any] {
        guard let link = knowledge.site.links[id] else { return ["id": id] }
        return ["id": id, "title": link.title.text(language), "url": link.url ?? NSNull()]
    }
}
