import ArgumentParser
import KnowledgeBase

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show one tree as an indented outline a person can read.")

    @OptionGroup var options: KnowledgeOptions

    @Argument(help: "The tree id (helpdesk list shows them).")
    var tree: String

    func run() throws {
        let language = options.language
        let knowledge = try LoadedKnowledge.load(options.knowledgePath(), language: language, json: false)
        let compiled = try knowledge.tree(tree)
        let outline = Outline(knowledge: knowledge.compiled, language: language)
        Output.out(outline.render(compiled.tree))
    }
}

/// A tree as indented text: each node once, in walk order; a node reached again is referred to.
struct Outline {
    let knowledge: CompiledKnowledge
    let language: Language

    func render(_ tree: Tree) -> String {
        var lines = ["\(tree.id) — \(tree.title.text(language))"]
        var seen: Set<String> = []
        walk(tree, tree.start.name, depth: 1, label: nil, seen: &seen, lines: &lines)
        return lines.joined(separator: "\n")
    }

    private func walk(_ tree: Tree, _ id: String, depth: Int, label: String?, seen: inout Set<String>, lines: inout [String]) {
        let pad = String(repeating: "  ", count: depth)
        let prefix = pad + (label.map { "[\($0)] " } ?? "")
        guard let node = tree.node(id) else { return }
        let ja = language == .ja
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
                lines.append("\(prefix)? \(id): \(d.fact.name) (\(ja ? "判定: " : "derived from ")\(inputs))")
            }
            for c in d.cases {
                let valueLabel = Messages.label(c.value, of: fact, in: language)
                walk(tree, c.target.name, depth: depth + 1, label: valueLabel, seen: &seen, lines: &lines)
            }
            if let d = d.default { walk(tree, d.name, depth: depth + 1, label: ja ? "その他" : "otherwise", seen: &seen, lines: &lines) }
        case .step(let s):
            lines.append("\(prefix)• \(id): \(s.text.text(language))")
            if let r = s.resolved { walk(tree, r.name, depth: depth + 1, label: ja ? "解決" : "solved", seen: &seen, lines: &lines) }
            if let u = s.unresolved {
                walk(tree, u.name, depth: depth + 1, label: ja ? "未解決" : "not solved", seen: &seen, lines: &lines)
            } else {
                lines.append("\(pad)  [\(ja ? "未解決" : "not solved")] → \(knowledge.site.fallbackTree)")
            }
        case .conclude(let c):
            let kind = Describe(language: language, knowledge: knowledge).kindLabel(c.kind == .remedy ? .remedy : c.kind == .answer ? .answer : .escalation)
            lines.append("\(prefix)■ \(id) (\(kind)): \(c.text.text(language))")
            for (i, step) in c.steps.enumerated() { lines.append("\(pad)    \(i + 1). \(step.text(language))") }
            if let contact = c.contact, let category = knowledge.site.contactCategories[contact.name] {
                lines.append("\(pad)    \(Messages.category.text(language)): \(category.label.text(language))")
            }
        case .goto(let g):
            let title = knowledge.tree(g.tree.name)?.tree.title.text(language) ?? g.tree.name
            lines.append("\(prefix)↪ \(id): \(g.tree.name) — \(title)")
            if let next = g.next { walk(tree, next.name, depth: depth + 1, label: ja ? "戻った後" : "then", seen: &seen, lines: &lines) }
        }
    }
}
