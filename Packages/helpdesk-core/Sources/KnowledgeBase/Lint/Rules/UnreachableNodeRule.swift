/// A node that no path from the tree's start reaches.
public struct UnreachableNodeRule: LintRule {
    public static let name = "unreachable-node"
    public static let summary = "a node that cannot be reached from its tree's start"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (t, tree) in input.knowledge.trees.enumerated() {
            let index = input.nodeIndices[t]
            guard let start = index[tree.start.name] else { continue }
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
            for (i, node) in tree.nodes.enumerated() where !seen[i] {
                found.append(diagnose(
                    "node '\(node.id)' cannot be reached from '\(tree.start.name)', the start of '\(tree.id)'", at: node.mark))
            }
        }
        return found
    }
}
