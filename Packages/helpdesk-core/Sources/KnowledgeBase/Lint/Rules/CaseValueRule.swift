/// A `decide` case whose value the fact cannot take.
public struct CaseValueRule: TreeLintRule {
    public static let name = "case-value"
    public static let summary = "a decide case value that is not among the fact's values"
    public init() {}

    public func check(tree t: Int, _ input: LintInput) -> [Diagnostic] {
        let tree = input.knowledge.trees[t]
        return tree.nodes.flatMap { node -> [Diagnostic] in
            guard case .decide(let d) = node.kind, let f = input.factPositions[d.fact.name], let values = input.caseValues[f] else { return [] }
            return d.cases.filter { !values.contains($0.value) }.map { c in
                var message = "'\(c.value)' is not a value of '\(d.fact.name)' (\(values.joined(separator: ", ")))"
                message += Suggestion.didYouMean(c.value, among: values)
                return diagnose(message, at: c.mark)
            }
        }
    }
}
