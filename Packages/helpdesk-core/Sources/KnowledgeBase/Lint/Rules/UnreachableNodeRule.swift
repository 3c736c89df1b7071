/// A node that no path from the tree's start reaches.
public struct UnreachableNodeRule: TreeLintRule {
    public static let name = "unreachable-node"
    public static let summary = "a node that cannot be reached from its tree's start"
    public init() {}

    public func check(tree t: Int, _ input: LintInput) -> [Diagnostic] {
        let tree = input.knowledge.trees[t]
        let index = input.nodeIndices[t]
        guard let start = index[tree.start.name] else { return [] }
        var seen = [Bool](repeating: false, count: tree.nodes.count)
        seen[start] = true
        var queue = [start]
        while let i = queue.popLast() {
            tree.nodes[i].forEachSuccessor { next in
                if let j = index[next.name], !seen[j] {
                    seen[j] = true
                    queue.append(j)
                }
            }
        }
        return tree.nodes.indices.filter { !seen[$0] }.map { i in
            diagnose("node '\(tree.nodes[i].id)' cannot be reached from '\(tree.start.name)', the start of '\(tree.id)'", at: tree.nodes[i].mark)
        }
    }
}
