/// A node that no path from the tree's start reaches.
public struct UnreachableNodeRule: LintRule {
    public static let name = "unreachable-node"
    public static let summary = "a node that cannot be reached from its tree's start"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        input.knowledge.trees.flatMap { tree -> [Diagnostic] in
            let byID = Dictionary(tree.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            guard byID[tree.start.name] != nil else { return [] }
            var seen: Set<String> = [tree.start.name]
            var queue = [tree.start.name]
            while let id = queue.popLast() {
                for next in byID[id]?.successors ?? [] where byID[next.name] != nil && seen.insert(next.name).inserted {
                    queue.append(next.name)
                }
            }
            return tree.nodes.filter { !seen.contains($0.id) }.map {
                .error("node '\($0.id)' cannot be reached from '\(tree.start.name)', the start of '\(tree.id)'", at: $0.mark, rule: Self.name)
            }
        }
    }
}
