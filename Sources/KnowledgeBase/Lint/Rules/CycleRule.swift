/// A loop in the walk: within a tree, or through `goto`s between trees. The engine could go
/// round it for ever, so it is refused at load.
public struct CycleRule: LintRule {
    public static let name = "cycle"
    public static let summary = "a cycle of nodes, within a tree or through gotos between trees"
    public init() {}

    public func check(_ input: LintInput) -> [Diagnostic] {
        let graph = WalkGraph(input)
        var found: [Diagnostic] = []
        // Iterative depth-first search; 0 unvisited, 1 on the current path, 2 done.
        var color = [UInt8](repeating: 0, count: graph.count)
        for root in 0..<graph.count where color[root] == 0 {
            var path: [(node: Int, edge: Int)] = [(root, 0)]
            color[root] = 1
            while let (node, edge) = path.last {
                let edges = graph.edges[node]
                if edge == edges.count {
                    color[node] = 2
                    path.removeLast()
                    continue
                }
                path[path.count - 1].edge += 1
                let next = edges[edge]
                if color[next] == 0 {
                    color[next] = 1
                    path.append((next, 0))
                } else if color[next] == 1 {
                    let loop = path.drop { $0.node != next }.map { graph.names[$0.node] } + [graph.names[next]]
                    found.append(.error(
                        "the walk can loop: \(loop.joined(separator: " → "))", at: graph.marks[node], rule: Self.name))
                }
            }
        }
        return found
    }
}

/// Every node of every tree as a vertex; edges are the ways a walk can go next.
struct WalkGraph {
    var names: [String] = []
    var marks: [YAML.Mark?] = []
    var edges: [[Int]] = []
    var count: Int { names.count }

    init(_ input: LintInput) {
        var index: [String: [String: Int]] = [:]
        for tree in input.knowledge.trees where index[tree.id] == nil {
            var nodes: [String: Int] = [:]
            for node in tree.nodes where nodes[node.id] == nil {
                nodes[node.id] = names.count
                names.append("\(tree.id):\(node.id)")
                marks.append(node.mark)
            }
            index[tree.id] = nodes
        }
        edges = Array(repeating: [], count: names.count)
        let trees = input.trees
        func start(of treeID: String) -> Int? {
            guard let tree = trees[treeID] else { return nil }
            return index[treeID]?[tree.start.name]
        }
        let fallback = start(of: input.knowledge.site.fallbackTree)
        for tree in input.knowledge.trees {
            guard let nodes = index[tree.id] else { continue }
            for node in tree.nodes {
                guard let from = nodes[node.id] else { continue }
                var out = node.successors.compactMap { nodes[$0.name] }
                switch node.kind {
                case .goto(let g):
                    if let target = start(of: g.tree.name) { out.append(target) }
                case .step(let s) where s.unresolved == nil:
                    if let fallback { out.append(fallback) }
                default:
                    break
                }
                edges[from] = out
            }
        }
    }
}

import YAML
