/// A `decide` that leaves some of the fact's values without a case and has no default.
public struct CaseCoverageRule: TreeLintRule {
    public static let name = "case-coverage"
    public static let summary = "a decide node whose cases miss some of the fact's values and that has no default"
    public init() {}

    public func check(tree t: Int, _ input: LintInput) -> [Diagnostic] {
        let tree = input.knowledge.trees[t]
        return tree.nodes.compactMap { node -> Diagnostic? in
            guard case .decide(let d) = node.kind, d.default == nil,
                let f = input.factPositions[d.fact.name], let values = input.caseValues[f]
            else { return nil }
            // A node has a few cases: a scan, not a set built per node.
            let missing = values.filter { value in !d.cases.contains { $0.value == value } }
            guard !missing.isEmpty else { return nil }
            return diagnose(
                "node '\(node.id)' has no case for \(missing.map { "'\($0)'" }.joined(separator: ", ")) of '\(d.fact.name)' and no default",
                at: node.mark)
        }
    }
}
