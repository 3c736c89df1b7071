import KnowledgeBase

/// The inference engine: a pure step function from (knowledge, session) to what comes next.
/// It replays the session from the start tree every time, so the same session always gives
/// the same result, and a session is nothing but its data.
public struct Engine: Sendable {
    public let knowledge: CompiledKnowledge
    public let derivations: DerivationRegistry
    /// Whether the walk may ask the surface to probe the machine.
    public var allowProbes: Bool
    /// Nodes a walk may visit before it is stopped: cycles are refused at load, and this
    /// bounds the walk anyway.
    public var maxVisits: Int
    /// For a surface that cannot keep secrets (a server): every secret fact is taken as
    /// unknown instead of being asked.
    public var secretsUnknown: Bool

    public init(
        knowledge: CompiledKnowledge, derivations: DerivationRegistry, allowProbes: Bool = false, maxVisits: Int = 1_000,
        secretsUnknown: Bool = false
    ) {
        self.knowledge = knowledge
        self.derivations = derivations
        self.allowProbes = allowProbes
        self.maxVisits = maxVisits
        self.secretsUnknown = secretsUnknown
    }

    /// The next question, probe or conclusion for `session`.
    public func step(_ session: Session) -> StepResult {
        var walk = Walk(engine: self, session: session)
        let status = walk.run()
        return StepResult(status: status, trace: walk.trace, shown: walk.shown, known: walk.known)
    }
}

/// One replay of a session.
struct Walk {
    let engine: Engine
    let session: Session
    var known: [String: Session.Entry] = [:]
    var trace: [TraceEntry] = []
    var shown: [String] = []
    /// Trees entered by goto, with the node to come back to.
    var callers: [(tree: Int, next: Int?)] = []

    init(engine: Engine, session: Session) {
        self.engine = engine
        self.session = session
        for entry in session.entries { known[entry.key] = entry }
    }

    var k: CompiledKnowledge { engine.knowledge }

    mutating func run() -> Status {
        guard var tree = k.treeIndex[session.tree] else {
            return .error(EngineError("no tree '\(session.tree)'"))
        }
        var node = k.trees[tree].start
        enter(tree)
        for _ in 0..<engine.maxVisits {
            let t = k.trees[tree]
            let n = t.nodes[node]
            switch n.edges {
            case .decide(let factIndex, let cases, let fallback):
                let fact = k.facts[factIndex]
                if case .decide(let d) = n.node.kind, d.onlyIfTold, told(fact) == nil {
                    // Not told: the unknown branch, without asking.
                    guard let next = cases[FactValue.unknown.caseKey] ?? fallback else {
                        return .error(EngineError("node '\(t.id)/\(n.id)' has no 'unknown' branch for an untold \(fact.id)"))
                    }
                    trace.append(TraceEntry(
                        tree: t.id, node: n.id, action: .decided, fact: fact.id, value: .unknown, how: "not told", to: t.nodes[next].id))
                    node = next
                    continue
                }
                switch obtain(fact) {
                case .known(let entry):
                    guard let next = cases[entry.value.caseKey] ?? fallback else {
                        return .error(EngineError("node '\(t.id)/\(n.id)' has no case for \(fact.id) = \(entry.value)"))
                    }
                    trace.append(TraceEntry(
                        tree: t.id, node: n.id, action: .decided, fact: fact.id, value: entry.value, source: entry.source,
                        how: entry.how, to: t.nodes[next].id))
                    node = next
                case .ask(let question, let forFact):
                    return .question(self.question(question, for: forFact, at: t, n))
                case .probe(let id, let name):
                    return .probe(fact: id, probe: name)
                }
            case .step(let resolved, let unresolved):
                let key = Session.outcomeKey(tree: t.id, node: n.id)
                guard let answer = known[key]?.value.boolValue else {
                    return .question(outcomeQuestion(key: key, at: t, n))
                }
                shown.append(key)
                if answer {
                    guard let resolved else {
                        trace.append(TraceEntry(tree: t.id, node: n.id, action: .stepped, fact: key, value: .bool(true), source: known[key]?.source))
                        return .conclusion(Ending(tree: t.id, node: n.id, kind: .resolved, text: stepText(n), steps: [], links: stepLinks(n), contact: nil))
                    }
                    trace.append(TraceEntry(tree: t.id, node: n.id, action: .stepped, fact: key, value: .bool(true), source: known[key]?.source, to: t.nodes[resolved].id))
                    node = resolved
                } else if let unresolved {
                    trace.append(TraceEntry(tree: t.id, node: n.id, action: .stepped, fact: key, value: .bool(false), source: known[key]?.source, to: t.nodes[unresolved].id))
                    node = unresolved
                } else {
                    trace.append(TraceEntry(tree: t.id, node: n.id, action: .stepped, fact: key, value: .bool(false), source: known[key]?.source))
                    // The tree has run out of help: back to a caller's next, else the fallback tree.
                    if let (callerTree, next) = popCaller() {
                        trace.append(TraceEntry(tree: t.id, node: n.id, action: .returned, to: k.trees[callerTree].id))
                        (tree, node) = (callerTree, next)
                    } else {
                        guard let fallback = k.treeIndex[k.site.fallbackTree], fallback != tree else {
                            return .error(EngineError("tree '\(t.id)' ran out of help and there is no fallback tree to go to"))
                        }
                        trace.append(TraceEntry(tree: t.id, node: n.id, action: .returned, to: k.trees[fallback].id))
                        (tree, node) = (fallback, k.trees[fallback].start)
                        enter(tree)
                    }
                }
            case .conclude:
                guard case .conclude(let c) = n.node.kind else { return .error(EngineError("malformed node \(n.id)")) }
                return .conclusion(Ending(
                    tree: t.id, node: n.id, kind: Ending.Kind(rawValue: c.kind.rawValue) ?? .answer, text: filled(c.text), steps: c.steps.map(filled),
                    links: c.links.map(\.name), contact: c.contact?.name))
            case .goto(let target, let next):
                callers.append((tree, next))
                trace.append(TraceEntry(tree: t.id, node: n.id, action: .entered, to: k.trees[target].id))
                (tree, node) = (target, k.trees[target].start)
                enter(tree)
            }
        }
        return .error(EngineError("the walk went past \(engine.maxVisits) nodes and was stopped"))
    }

    /// Records what the entry implies: each fact not known yet (nothing given, answered or
    /// implied earlier is overridden), with provenance `implied`.
    mutating func enter(_ tree: Int) {
        // Read in place: a copy of the tree or of a fact retains and releases each of its parts.
        for implied in k.trees[tree].tree.implies where known[implied.fact.name] == nil {
            guard let i = k.factIndex[implied.fact.name], case .success(let value) = k.facts[i].parse(implied.value) else { continue }
            known[implied.fact.name] = Session.Entry(key: implied.fact.name, value: value, source: .implied, how: k.trees[tree].id)
        }
    }

    /// The innermost caller with a node to come back to; callers without one are passed through.
    mutating func popCaller() -> (Int, Int)? {
        while let caller = callers.popLast() {
            if let next = caller.next { return (caller.tree, next) }
        }
        return nil
    }

    enum Obtained {
        case known(Session.Entry)
        /// Ask this fact (the one needed, or an input of it).
        case ask(Fact, forFact: String?)
        case probe(String, String)
    }

    /// The fact when it is known or can be derived from what is known; nothing is asked.
    mutating func told(_ fact: Fact) -> Session.Entry? {
        known[fact.id] ?? derive(fact, depth: 0)
    }

    /// Gets a fact the way an expert would: known → derived → probed → asked.
    mutating func obtain(_ fact: Fact) -> Obtained {
        if let entry = known[fact.id] { return .known(entry) }
        if let entry = derive(fact, depth: 0) { return .known(entry) }
        if engine.allowProbes, let probe = fact.probe, !session.probed.contains(fact.id) {
            return .probe(fact.id, probe)
        }
        if fact.ask == .inputs {
            // Once an input is answered "I don't know", the others are not asked: the fact is
            // derived from what is known, else it is unknown too.
            for input in fact.from where known[input] == nil && !fact.from.contains(where: { known[$0]?.value.isUnknown == true }) {
                guard let inputFact = k.fact(input) else { continue }
                switch obtain(inputFact) {
                case .known: continue
                case .ask(let asked, _): return .ask(asked, forFact: fact.id)
                case .probe(let id, let name): return .probe(id, name)
                }
            }
            if let entry = derive(fact, depth: 0) { return .known(entry) }
            // Every input is known and the derivation cannot tell (an input is unknown, or the
            // message matches nothing): the fact is unknown too.
            let entry = Session.Entry(
                key: fact.id, value: .unknown, source: .derived, how: "\(fact.derive ?? "")(\(fact.from.joined(separator: ", ")))")
            known[fact.id] = entry
            return .known(entry)
        }
        if engine.secretsUnknown, fact.type.isSecret {
            let entry = Session.Entry(key: fact.id, value: .unknown, source: .asked, how: "secrets are not taken here")
            known[fact.id] = entry
            return .known(entry)
        }
        return .ask(fact, forFact: nil)
    }

    /// Runs the fact's derivation over what is known (deriving its inputs first where they
    /// are derived too), and remembers the value.
    mutating func derive(_ fact: Fact, depth: Int) -> Session.Entry? {
        guard let name = fact.derive, depth < 8 else { return nil }
        var inputs: KnownFacts = [:]
        for input in fact.from {
            // An unknown input is no input: derivations see only what is known.
            if let entry = known[input] {
                if !entry.value.isUnknown { inputs[input] = entry.value }
            } else if let inputFact = k.fact(input), let entry = derive(inputFact, depth: depth + 1), !entry.value.isUnknown {
                inputs[input] = entry.value
            }
        }
        guard !inputs.isEmpty else { return nil }
        var how = "\(name)(\(fact.from.filter { inputs[$0] != nil }.joined(separator: ", ")))"
        let value: FactValue
        if name == RegisteredNames.messagesDerivation {
            guard let (implied, message) = fromMessage(fact, inputs) else { return nil }
            value = implied
            how += ": 「\(message)」"
        } else {
            guard let body = engine.derivations.derivations[name], let derived = body(inputs) else { return nil }
            value = derived
        }
        let entry = Session.Entry(key: fact.id, value: value, source: .derived, how: how)
        known[fact.id] = entry
        return entry
    }

    /// The value of `fact` that the on-screen message among `inputs` implies, and the quoted
    /// message it matched.
    func fromMessage(_ fact: Fact, _ inputs: KnownFacts) -> (FactValue, String)? {
        for input in fact.from {
            guard let text = inputs[input]?.textValue, let match = k.messages.match(text) else { continue }
            guard let implied = match.entry.message.implies.first(where: { $0.fact.name == fact.id }),
                case .success(let value) = fact.parse(implied.value)
            else { return nil }
            return (value, match.entry.message.text)
        }
        return nil
    }

    func question(_ fact: Fact, for forFact: String?, at tree: CompiledTree, _ node: CompiledNode) -> Question {
        Question(
            key: fact.id, kind: .fact, type: fact.type, prompt: fact.prompt, choices: fact.values, instruction: nil, links: [],
            tree: tree.id, node: node.id, forFact: forFact, hint: fact.hint)
    }

    func outcomeQuestion(key: String, at tree: CompiledTree, _ node: CompiledNode) -> Question {
        Question(
            key: key, kind: .outcome, type: .bool, prompt: nil, choices: [], instruction: stepText(node), links: stepLinks(node),
            tree: tree.id, node: node.id, forFact: nil)
    }

    func stepText(_ node: CompiledNode) -> LocalizedText {
        if case .step(let s) = node.node.kind { return filled(s.text) }
        return LocalizedText()
    }

    /// The text with its `{fact}` placeholders filled from what is known: a choice by its label,
    /// yes/no as words, never a secret (the linter refuses one in text; it stays a placeholder).
    func filled(_ text: LocalizedText) -> LocalizedText {
        guard !text.placeholders.isEmpty else { return text }
        func fill(_ language: Language) -> String? {
            guard text[language] != nil else { return nil }
            return text.rendered(language) { name in
                guard let entry = known[name], let fact = k.fact(name), !fact.type.isSecret else { return nil }
                if let choice = fact.values.first(where: { $0.id == entry.value.description }) { return choice.label.text(language) }
                return entry.value.description
            }
        }
        return LocalizedText(ja: fill(.ja), en: fill(.en), mark: text.mark)
    }

    func stepLinks(_ node: CompiledNode) -> [String] {
        if case .step(let s) = node.node.kind { return s.links.map(\.name) }
        return []
    }
}
