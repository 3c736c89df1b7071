import Inference
import KnowledgeBase

/// A tree as indented text: each node once, in walk order; a node reached again is referred to.
public struct Outline: Sendable {
    public let knowledge: CompiledKnowledge
    public let language: Language

    public init(knowledge: CompiledKnowledge, language: Language) {
        self.knowledge = knowledge
        self.language = language
    }

    public func render(_ tree: Tree) -> String {
        var lines = ["\(tree.id) — \(tree.title.text(language))"]
        var seen: Set<String> = []
        walk(tree, tree.start.name, depth: 1, label: nil, seen: &seen, lines: &lines)
        return lines.joined(separator: "\n")
    }

    private func walk(_ tree: Tree, _ id: String, depth: Int, label: String?, seen: inout Set<String>, lines: inout [String]) {
        let pad = String(repeating: "  ", count: depth)
        let prefix = pad + (label.map { "[\($0)] " } ?? "")
        guard let node = tree.node(id) else { return }
        guard seen.insert(id).inserted else {
            lines.append("\(prefix)→ \(id) (see above)")
            return
        }
        switch node.kind {
        case .decide(let d):
            let fact = knowledge.fact(d.fact.name)
            if let prompt = fact?.prompt?.text(language) {
                lines.append("\(prefix)? \(id): \(prompt) (\(d.fact.name))")
            } else {
                let inputs = fact?.from.joined(separator: ", ") ?? ""
                lines.append("\(prefix)? \(id): \(d.fact.name) (\(Words.derivedFrom.text(language))\(inputs))")
            }
            for c in d.cases {
                let valueLabel = Words.label(c.value, of: fact, in: language)
                walk(tree, c.target.name, depth: depth + 1, label: valueLabel, seen: &seen, lines: &lines)
            }
            if let u = d.unknown { walk(tree, u.name, depth: depth + 1, label: Words.unknown.text(language), seen: &seen, lines: &lines) }
            if let d = d.default { walk(tree, d.name, depth: depth + 1, label: Words.otherwise.text(language), seen: &seen, lines: &lines) }
        case .step(let s):
            lines.append("\(prefix)• \(id): \(s.text.text(language))")
            if let r = s.resolved { walk(tree, r.name, depth: depth + 1, label: Words.solved.text(language), seen: &seen, lines: &lines) }
            if let u = s.unresolved {
                walk(tree, u.name, depth: depth + 1, label: Words.notSolved.text(language), seen: &seen, lines: &lines)
            } else {
                lines.append("\(pad)  [\(Words.notSolved.text(language))] → \(knowledge.site.fallbackTree)")
            }
        case .conclude(let c):
            let kind = Words.kind(c.kind == .remedy ? .remedy : c.kind == .answer ? .answer : .escalation).text(language)
            lines.append("\(prefix)■ \(id) (\(kind)): \(c.text.text(language))")
            for (i, step) in c.steps.enumerated() { lines.append("\(pad)    \(i + 1). \(step.text(language))") }
            if let contact = c.contact, let category = knowledge.site.contactCategories[contact.name] {
                lines.append("\(pad)    \(Words.category.text(language)): \(category.label.text(language))")
            }
        case .goto(let g):
            let title = knowledge.tree(g.tree.name)?.tree.title.text(language) ?? g.tree.name
            lines.append("\(prefix)↪ \(id): \(g.tree.name) — \(title)")
            if let next = g.next { walk(tree, next.name, depth: depth + 1, label: Words.then.text(language), seen: &seen, lines: &lines) }
        }
    }
}
