import KnowledgeBase

/// When the two best entries are close, the one question whose answer tells them apart: a fact
/// one entry implies and the other implies otherwise or asks about (two-factor-device-lost
/// implies device_lost = true; two-factor-new-device decides on device_lost).
public struct Separator: Sendable {
    let knowledge: CompiledKnowledge

    /// How close the second entry's confidence must be to the first's to call them close.
    public static let closeness = 0.5

    public init(knowledge: CompiledKnowledge) {
        self.knowledge = knowledge
    }

    /// The fact that separates `a` from `b`, if any, with the value each would have.
    public func question(between a: String, and b: String) -> Fact? {
        guard let ta = knowledge.tree(a)?.tree, let tb = knowledge.tree(b)?.tree else { return nil }
        let ia = Dictionary(ta.implies.map { ($0.fact.name, $0.value) }, uniquingKeysWith: { x, _ in x })
        let ib = Dictionary(tb.implies.map { ($0.fact.name, $0.value) }, uniquingKeysWith: { x, _ in x })
        // Implied by both, differently.
        for (fact, va) in ia.sorted(by: { $0.key < $1.key }) where ib[fact].map({ $0 != va }) == true {
            if let f = knowledge.fact(fact), f.prompt != nil { return f }
        }
        // Implied by one, decided on by the other.
        for (implied, other) in [(ia, tb), (ib, ta)] {
            for node in other.nodes {
                guard case .decide(let d) = node.kind, implied[d.fact.name] != nil, let f = knowledge.fact(d.fact.name), f.prompt != nil
                else { continue }
                return f
            }
        }
        return nil
    }
}
