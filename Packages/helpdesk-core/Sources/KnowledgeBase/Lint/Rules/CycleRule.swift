import YAML

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
                    let loop = path.drop { $0.node != next }.map { graph.name($0.node) } + [graph.name(next)]
                    found.append(diagnose(
                        "the walk can loop: \(loop.joined(separator: " → "))", at: graph.marks[node]))
                }
            }
        }
        return found
    }
}

/// Every node of every tree as a vertex; edges are the ways a walk can go next.
struct WalkGraph {
    /// Where each vertex is: the tree's position in the knowledge and the node's in the tree.
    var places: [(tree: Int, node: Int)] = []
    var marks: [YAML.Mark?] = []
    var edges: [[Int]] = []
    let trees: [Tree]
    var count: Int { places.count }

    /// `tree:node`, for messages.
    func name(_ vertex: Int) -> String {
        let (t, n) = places[vertex]
        return "\(trees[t].id):\(trees[t].nodes[n].id)"
    }

    init(_ input: LintInput) {
        trees = input.knowledge.trees
        // The first vertex of each tree, for trees whose id is declared once.
        var firstVertex: [Int] = []
        var treeByID: [String: Int] = [:]
        for (t, tree) in trees.enumerated() {
            if treeByID[tree.id] == nil { treeByID[tree.id] = t }
            firstVertex.append(places.count)
            for n in tree.nodes.indices {
                places.append((t, n))
                marks.append(tree.nodes[n].mark)
            }
        }
        func vertex(_ t: Int, _ node: String) -> Int? {
            input.nodeIndices[t][node].map { firstVertex[t] + $0 }
        }
        func start(of id: String) -> Int? {
            guard let t = treeByID[id] else { return nil }
            return vertex(t, trees[t].start.name)
        }
        edges = Array(repeating: [], count: places.count)
        let fallback = start(of: input.knowledge.site.fallbackTree)
        for (t, tree) in trees.enumerated() where treeByID[tree.id] == t {
            for (n, node) in tree.nodes.enumerated() where input.nodeIndices[t][node.id] == n {
                var out: [Int] = []
                node.forEachSuccessor { if let v = vertex(t, $0.name) { out.append(v) } }
                switch node.kind {
                case .goto(let g):
                    if let target = start(of: g.tree.name) { out.append(target) }
                case .step(let s) where s.unresolved == nil:
                    if let fallback { out.append(fallback) }
                default:
                    break
                }
                edges[firstVertex[t] + n] = out
            }
        }
    }
}
