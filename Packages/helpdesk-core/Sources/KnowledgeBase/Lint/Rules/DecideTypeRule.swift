/// A `decide` on a fact that cannot be branched on: only bool and choice facts have cases.
public struct DecideTypeRule: TreeLintRule {
    public static let name = "decide-type"
    public static let summary = "a decide node on a number, text or secret fact (derive a bool or choice fact instead)"
    public init() {}

    public func check(tree t: Int, _ input: LintInput) -> [Diagnostic] {
        let tree = input.knowledge.trees[t]
        return tree.nodes.compactMap { node -> Diagnostic? in
            guard case .decide(let d) = node.kind, let f = input.factPositions[d.fact.name], input.caseValues[f] == nil else { return nil }
            let fact = input.knowledge.facts[f]
            return diagnose(
                "cannot branch on '\(fact.id)', a \(fact.type.rawValue) fact: decide on a bool or choice fact (a derived one, if need be)",
                at: d.fact.mark)
        }
    }
}
