/// A tree without keywords: triage cannot find it from a ticket.
public struct NoKeywordsRule: TreeLintRule {
    public static let severity = Diagnostic.Severity.warning
    public static let name = "no-keywords"
    public static let summary = "a tree without keywords, which triage cannot find"
    public init() {}

    public func check(tree t: Int, _ input: LintInput) -> [Diagnostic] {
        let tree = input.knowledge.trees[t]
        return tree.keywords.isEmpty ? [diagnose("tree '\(tree.id)' has no keywords: triage cannot find it", at: tree.mark)] : []
    }
}
