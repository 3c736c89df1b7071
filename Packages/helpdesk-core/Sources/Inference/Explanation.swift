import KnowledgeBase

/// Why a question is asked: the check that needs it and where each answer leads.
public struct Why: Sendable {
    public struct Branch: Sendable {
        /// The answer (a fact value or yes/no).
        public var value: String
        public var label: LocalizedText
        public var leadsTo: Destination
    }

    public var tree: String
    public var node: String
    /// The fact the node decides on (for an outcome, the step's key).
    public var fact: String
    /// When the question asks an input: the derived fact it is needed for.
    public var forFact: String?
    /// The node's own explanation, if the knowledge gives one.
    public var reason: LocalizedText?
    public var branches: [Branch]
}

/// Where a branch goes, for people.
public enum Destination: Sendable {
    case check(fact: String, prompt: LocalizedText?)
    case step(LocalizedText)
    case conclusion(Ending.Kind, LocalizedText)
    case tree(id: String, title: LocalizedText)
    /// The tree runs out of help: back to the caller, or to the helpdesk.
    case returns(fallback: String)
    /// A step that helped: done.
    case resolved
}

/// How a conclusion was reached: the checks in order, with where each fact came from.
public struct How: Sendable {
    public var steps: [TraceEntry]
    /// The facts the walk used, with provenance, in the order they were used.
    public var facts: [Session.Entry]
}

public enum Explanation {
    /// The why of a question in `result`; nil when the result is not a question.
    public static func why(_ result: StepResult, knowledge k: CompiledKnowledge) -> Why? {
        guard case .question(let q) = result.status, let tree = k.tree(q.tree), let index = tree.nodeIndex[q.node] else { return nil }
        let node = tree.nodes[index]
        func destination(_ i: Int?) -> Destination {
            guard let i else { return .returns(fallback: k.site.fallbackTree) }
            return describe(tree.nodes[i], in: k)
        }
        switch (node.edges, node.node.kind) {
        case (.decide(let factIndex, let cases, let fallback), .decide(let d)):
            let fact = k.facts[factIndex]
            var branches: [Why.Branch] = []
            for value in fact.caseValues ?? [] {
                let label = fact.values.first { $0.id == value }?.label ?? yesNo(value)
                branches.append(Why.Branch(value: value, label: label, leadsTo: destination(cases[value] ?? fallback)))
            }
            if q.acceptsUnknown, cases[FactValue.unknown.caseKey] != nil || fallback != nil {
                let key = FactValue.unknown.caseKey
                branches.append(Why.Branch(value: key, label: unknownLabel, leadsTo: destination(cases[key] ?? fallback)))
            }
            return Why(tree: tree.id, node: node.id, fact: fact.id, forFact: q.forFact, reason: d.why, branches: branches)
        case (.step(let resolved, let unresolved), _):
            return Why(
                tree: tree.id, node: node.id, fact: q.key, forFact: nil, reason: nil,
                branches: [
                    Why.Branch(value: "true", label: yesNo("true"), leadsTo: resolved.map { describe(tree.nodes[$0], in: k) } ?? .resolved),
                    Why.Branch(value: "false", label: yesNo("false"), leadsTo: destination(unresolved)),
                ])
        default:
            return nil
        }
    }

    /// The how of a result: every decision and step, and the facts used, each derived fact
    /// preceded by the inputs it was derived from.
    public static func how(_ result: StepResult, knowledge k: CompiledKnowledge) -> How {
        var facts: [Session.Entry] = []
        var seen: Set<String> = []
        func add(_ key: String) {
            guard !seen.contains(key), let known = result.known[key] else { return }
            if known.source == .derived, let fact = k.fact(key) { fact.from.forEach(add) }
            seen.insert(key)
            facts.append(known)
        }
        for entry in result.trace {
            if let key = entry.fact { add(key) }
        }
        return How(steps: result.trace, facts: facts)
    }

    static func describe(_ node: CompiledNode, in k: CompiledKnowledge) -> Destination {
        switch node.node.kind {
        case .decide(let d): return .check(fact: d.fact.name, prompt: k.fact(d.fact.name)?.prompt)
        case .step(let s): return .step(s.text)
        case .conclude(let c): return .conclusion(Ending.Kind(rawValue: c.kind.rawValue) ?? .answer, c.text)
        case .goto(let g): return .tree(id: g.tree.name, title: k.tree(g.tree.name)?.tree.title ?? LocalizedText())
        }
    }

    /// The "I don't know" answer, as the surfaces offer it.
    public static let unknownLabel = LocalizedText(ja: "わからない", en: "I don't know")

    static func yesNo(_ value: String) -> LocalizedText {
        value == "true" ? LocalizedText(ja: "はい", en: "yes") : LocalizedText(ja: "いいえ", en: "no")
    }
}
