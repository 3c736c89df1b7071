import Inference
import KnowledgeBase

/// Which nodes and which `decide` branches the tests reached.
public struct Coverage: Sendable {
    /// Visited nodes, as `<tree>/<node>`.
    public private(set) var nodes: Set<String> = []
    /// Taken branches, as `<tree>/<node>=<value>` (or `=default`).
    public private(set) var branches: Set<String> = []

    public init() {}

    mutating func visit(tree: String, node: String) {
        nodes.insert("\(tree)/\(node)")
    }

    mutating func record(_ trace: [TraceEntry], knowledge: CompiledKnowledge) {
        for entry in trace {
            visit(tree: entry.tree, node: entry.node)
            guard entry.action == .decided, let value = entry.value,
                let tree = knowledge.tree(entry.tree), let i = tree.nodeIndex[entry.node],
                case .decide(_, let cases, _) = tree.nodes[i].edges
            else { continue }
            let key = cases[value.caseKey] != nil ? value.caseKey : "default"
            branches.insert("\(entry.tree)/\(entry.node)=\(key)")
        }
    }

    /// Per tree: what exists and what no test reached.
    public struct TreeReport: Sendable {
        public var tree: String
        public var nodes: Int
        public var branches: Int
        public var missedNodes: [String]
        public var missedBranches: [String]
    }

    public func report(_ knowledge: CompiledKnowledge) -> [TreeReport] {
        knowledge.trees.map { tree in
            var allBranches: [String] = []
            for node in tree.nodes {
                guard case .decide(let d) = node.node.kind else { continue }
                allBranches += d.cases.map { "\(tree.id)/\(node.id)=\($0.value)" }
                if d.unknown != nil { allBranches.append("\(tree.id)/\(node.id)=unknown") }
                if d.default != nil { allBranches.append("\(tree.id)/\(node.id)=default") }
            }
            let allNodes = tree.nodes.map { "\(tree.id)/\($0.id)" }
            return TreeReport(
                tree: tree.id, nodes: allNodes.count, branches: allBranches.count,
                missedNodes: allNodes.filter { !nodes.contains($0) }, missedBranches: allBranches.filter { !branches.contains($0) })
        }
    }

    /// Covered over total, nodes and branches together, in percent.
    public static func percent(_ reports: [TreeReport]) -> (nodes: Double, branches: Double) {
        let nodes = reports.reduce(0) { $0 + $1.nodes }, missedNodes = reports.reduce(0) { $0 + $1.missedNodes.count }
        let branches = reports.reduce(0) { $0 + $1.branches }, missedBranches = reports.reduce(0) { $0 + $1.missedBranches.count }
        func pct(_ total: Int, _ missed: Int) -> Double { total == 0 ? 100 : Double(total - missed) * 100 / Double(total) }
        return (pct(nodes, missedNodes), pct(branches, missedBranches))
    }
}
